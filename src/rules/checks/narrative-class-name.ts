/**
 * A classification named in the 说明 by a name the catalogue gives that code only in other years
 * ("医疗卫生与计划生育支出（210类）" in a 2024 document, where 210 is 卫生健康支出): text copied from an old template.
 */
import { type CatalogueName, getCatalogue, namesMatch, search } from '../../catalog/index.js';
import { type ClaimOf, claimsOfKind, classPath, resolved, type SaidLevel } from '../../model/claims.js';
import { quote, sentenceLocation } from '../../model/location.js';
import type { Rule } from '../engine/types.js';

const WIDTH = { 类: 3, 款: 5, 项: 7 } as const;

/** The code of each said level: its digits as said, the row the amount resolved to, or (for a 类) its name. */
function codesOf(claim: ClaimOf<'amount'>, levels: SaidLevel[], year: number): (string | undefined)[] {
  const said = levels.every((l) => l.digits !== undefined) ? levels.map((l) => l.digits).join('') : undefined;
  const row = resolved(claim)?.row.code;
  const full = said ?? row;
  return levels.map((l) => {
    if (full && full.length >= WIDTH[l.level]) return full.slice(0, WIDTH[l.level]);
    if (l.level !== '类') return undefined;
    // A 类 said alone by a name of another year: the 类 whose history holds that exact name.
    return search(l.name, 20).find(
      (h) => h.level === 'class' && h.name === l.name && h.to !== undefined && h.to < year,
    )?.code;
  });
}

/** The catalogue's years for the names are confirmed by documents, not by a transcription alone. */
const sure = (names: CatalogueName[]) => names.every((n) => n.evidence !== 'reference');
const nearBoundary = (former: CatalogueName, year: number) =>
  (former.to !== undefined && year - former.to <= 1) ||
  (former.from !== undefined && former.from - year <= 1);

export const rule: Rule = {
  meta: {
    id: 'narrative-class-name',
    title: '说明中的科目名称是其他年度的名称',
    severity: 'error',
    doc:
      '说明中按“X（类）Y（款）Z（项）”列出的科目，名称应为文件年度的政府收支分类科目名称，与表格各行一样核对。' +
      '名称是该科目在其他年度的名称（如 2024 年文件写“医疗卫生与计划生育支出（210类）”，210 自 2018 年起为“卫生健康支出”）时报告；' +
      '文件年度紧邻改名年份、且改名年份只有参考资料而没有公开文件印证时只作警告。只是措辞略有出入的名称不报告。',
    messages: {
      otherYear: '“{quote}”中{level} {code} 写作“{said}”，这是该科目{years}的名称；{year}年应为“{expected}”',
    },
  },
  check(ctx) {
    const year = ctx.disclosure.meta.year;
    if (year === undefined) return;
    const seen = new Set<string>();
    for (const claim of claimsOfKind(ctx.disclosure.claims, 'amount')) {
      const levels = classPath(claim.subject);
      if (levels.length === 0) continue;
      const codes = codesOf(claim, levels, year);
      levels.forEach((l, i) => {
        const code = codes[i];
        if (!code) return;
        const entry = getCatalogue().lookup(code, year);
        if (!entry?.validIn || entry.names.some((n) => namesMatch(l.name, n.name))) return;
        const former = entry.history.find((n) => !entry.names.includes(n) && namesMatch(l.name, n.name));
        const key = `${code}\u0001${l.name}`;
        if (!former || seen.has(key)) return;
        seen.add(key);
        const years =
          former.from === undefined ? `${former.to}年及以前` : `${former.from}—${former.to ?? ''}年`;
        ctx.report({
          messageId: 'otherYear',
          // Within a year of a rename whose year only a reference gives, the edition in use is not certain.
          ...(nearBoundary(former, year) && !sure([former, ...entry.names])
            ? { severity: 'warning' as const }
            : {}),
          data: {
            quote: quote(claim.sentence),
            level: l.level,
            code,
            said: l.name,
            years,
            year,
            expected: entry.names.map((n) => n.name).join('”或“'),
          },
          location: sentenceLocation(claim.sentence),
          expected: entry.names.map((n) => n.name).join('、'),
          actual: l.name,
        });
      });
    }
  },
};
