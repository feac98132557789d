/** `gongkai rules`: the rule vocabulary, read from the rules' own metadata. */
import { type Command, Option } from 'commander';
import { emit } from './output.js';

const SEVERITY = { error: '错误', warning: '警告', info: '提示' } as const;

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
        (r) => `${r.meta.id}  [${SEVERITY[r.meta.severity]}]  ${r.meta.title}\n    ${r.meta.doc}`,
      );
      await emit(`${lines.join('\n\n')}\n`);
    });
}
