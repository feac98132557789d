/**
 * A code printed with a name that is not the catalogue's for the document's year: "210 11 行政单位医疗" (the 款
 * is 行政事业单位医疗), "221 01 住房改革支出" (住房改革支出 is 221 02), or a name the code had in other years.
 */
import { type CatalogueName, getCatalogue, namesMatch, ownersOfName } from '../../catalog/index.js';
import type { Severity } from '../../model/finding.js';
import { type CodedRow, codedRowLocation, codedRows, schemeAgrees } from '../engine/coded-rows.js';
import type { Rule, RuleContext } from '../engine/types.js';

/** Error where a document of the corpus confirms the catalogue name; a transcription alone only warns. */
function severityOf(names: CatalogueName[]): Severity {
  return names.some((n) => n.evidence !== 'reference') ? 'error' : 'warning';
}

function checkRow(context: RuleContext, r: CodedRow, year: number | undefined): void {
  const entry = getCatalogue().lookup(r.code, year);
  if (!entry?.validIn) return;
  const printed = r.row.name;
  if (entry.names.some((n) => namesMatch(printed, n.name))) return;
  const expected = entry.names.map((n) => n.name).join('”或“');
  const base = {
    location: codedRowLocation(r),
    severity: severityOf(entry.names),
    expected,
    actual: printed,
  };
  const data = { code: r.code, name: printed, expected, year: year ?? '' };
  const former = entry.history.find((n) => !entry.names.includes(n) && namesMatch(printed, n.name));
  if (former) {
    const years = describeRange(former);
    // The code's own name in another edition: the code is right, and rename years are not all certain.
    context.report({ ...base, severity: 'warning', messageId: 'otherYearName', data: { ...data, years } });
    return;
  }
  const owners = ownersOfName(printed, r.code, year);
  if (owners.length > 0) {
    const owner = owners.join('、');
    context.report({ ...base, messageId: 'belongsToOther', data: { ...data, owner } });
    return;
  }
  const variant = entry.names.some((n) => wordsAdded(printed, n.name));
  context.report({
    ...base,
    ...(variant ? { severity: 'warning' as const } : {}),
    messageId: 'mismatch',
    data,
  });
}

/**
 * One name is the other with words added ("其他工业和信息产业监管支出" for "其他工业和信息产业支出"): the same 科目
 * under another edition's wording, more likely than a wrong code.
 */
function wordsAdded(a: string, b: string): boolean {
  const core = (t: string) =>
    t
      .replace(/\s/gu, '')
      .replace(/^其他/u, '')
      .replace(/(支出|费用?)$/u, '');
  const [x, y] = [core(a), core(b)];
  if (x.length < 2 || y.length < 2 || x === y) return false;
  const [short, long] = x.length < y.length ? [x, y] : [y, x];
  let i = 0;
  for (const ch of long) if (ch === short[i]) i++;
  return i === short.length && long.length - short.length <= 4;
}

function describeRange(n: CatalogueName): string {
  if (n.from === undefined) return `${n.to}年及以前`;
  return n.to === undefined ? `${n.from}年起` : `${n.from}—${n.to}年`;
}

function check(context: RuleContext): void {
  const year = context.disclosure.meta.year;
  const seen = new Set<string>();
  for (const r of codedRows(context.disclosure, context.profile)) {
    if (r.row.name.trim() === '' || !r.classification || !schemeAgrees(r)) continue;
    // A project table repeats its function code and name on every project line: one finding per table.
    const key = `${r.table.id}\t${r.code}\t${r.row.name}`;
    if (seen.has(key)) continue;
    seen.add(key);
    checkRow(context, r, year);
  }
}

export const rule: Rule = {
  meta: {
    id: 'catalog-name-mismatch',
    title: '科目名称与政府收支分类科目不符',
    severity: 'error',
    doc:
      '按文件年度的《政府收支分类科目》核对每个科目代码的名称。名称被 PDF 单元格截断（目录名称的前缀）、' +
      '全角/半角括号、空格和惯用省略（如“维修费”之于“维修（护）费”）不算错误。目录条目已在真实文件中印证时报错误，' +
      '仅凭转录时报警告。若印出的名称属于相邻科目，指出该科目。印出的是该科目其他年度的名称，或只是多了、少了几个字' +
      '（“其他工业和信息产业监管支出”之于“其他工业和信息产业支出”），多为版本用语之差，报警告。',
    messages: {
      mismatch: '科目 {code} 的名称应为“{expected}”，此处印作“{name}”',
      belongsToOther:
        '科目 {code} 的名称应为“{expected}”，此处印作“{name}”；“{name}”是科目 {owner} 的名称，代码或名称有误',
      otherYearName: '科目 {code} 印作“{name}”，这是该科目{years}的名称，{year}年应为“{expected}”',
    },
  },
  check,
};
