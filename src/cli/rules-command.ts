/** `gongkai rules`: the rule vocabulary, read from the rules' own metadata. */
import { type Command, Option } from 'commander';
import { SEVERITY_LABEL } from '../model/finding.js';
import { emit } from './output.js';

export function registerRulesCommand(program: Command): void {
  program
    .command('rules')
    .description('列出所有检查规则（编号、级别、说明）')
    .addOption(new Option('-f, --format <format>', '输出格式').choices(['text', 'json']).default('text'))
    .action(async (o: { format: string }) => {
      const { RULES } = await import('../rules/index.js');
      if (o.format === 'json') {
        await emit(
          `${JSON.stringify(
            RULES.map((r) => r.meta),
            null,
            2,
          )}\n`,
        );
        return;
      }
      const lines = RULES.map(
        (r) => `${r.meta.id}  [${SEVERITY_LABEL[r.meta.severity]}]  ${r.meta.title}\n    ${r.meta.doc}`,
      );
      await emit(`${lines.join('\n\n')}\n`);
    });
}
