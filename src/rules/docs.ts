/**
 * The rules' documentation page, generated from their metadata (one source of truth, as ESLint does).
 */
import { SEVERITY_LABEL } from '../model/finding.js';
import { RULES } from './index.js';

export function rulesMarkdown(): string {
  const lines = [
    '# gongkai 检查规则',
    '',
    '本页由 `npm run docs` 根据各规则的元数据生成，请勿手工编辑。规则编号是公开的词汇表，含义不会改变。',
    '',
    '| 编号 | 默认级别 | 名称 |',
    '|---|---|---|',
    ...RULES.map(
      (r) => `| [\`${r.meta.id}\`](#${r.meta.id}) | ${SEVERITY_LABEL[r.meta.severity]} | ${r.meta.title} |`,
    ),
    '',
  ];
  for (const r of RULES) {
    lines.push(
      `## ${r.meta.id}`,
      '',
      `**${r.meta.title}**（默认级别：${SEVERITY_LABEL[r.meta.severity]}）`,
      '',
      r.meta.doc,
      '',
      '消息模板：',
      '',
    );
    for (const [id, text] of Object.entries(r.meta.messages)) lines.push(`- \`${id}\`：${text}`);
    lines.push('');
  }
  return lines.join('\n');
}
