/**
 * A table figure restated in the text must equal the table cell (DESIGN §3: two printings of one quantity).
 */
import { Decimal } from 'decimal.js';
import { claimsOfKind, resolved } from '../../model/claims.js';
import { cellLocation, cellName, figureLocation, quote } from '../../model/location.js';
import { money } from '../../model/money.js';
import { convert, isUnit, sameAsPrinted, truncatedFrom, type Unit } from '../../model/rounding.js';
import type { Rule } from '../engine/types.js';

function convertForMessage(value: Decimal, from: Unit, to: string, decimals: number): string {
  return convert(value, from, to as Unit).toFixed(decimals);
}

export const rule: Rule = {
  meta: {
    id: 'narrative-amount-mismatch',
    title: '说明中的金额与表格不一致',
    severity: 'error',
    doc:
      '说明中引用的金额（收支总预算、一般公共预算拨款、基本支出、“三公”经费、按“类/款/项”列示的支出等）必须等于对应表格中的数字。' +
      '比较前统一单位（万元/元），并按说明印刷的小数位数对表格数字四舍五入：说明写“1714.4万元”、表格为 1714.40 视为一致。' +
      '说明的用语按所在章节对应到表格（“支出预算”一节对应表3，“一般公共预算当年拨款”一节对应表5，“财政拨款收支”一节对应表4）；' +
      '找不到对应单元格的金额不检查。机关运行经费只含行政单位和参公事业单位，小于表6公用经费时只作警告；' +
      '按科目名称找到的行，名称只是开头几个字与表中相同（“城乡社区事务支出”对“城乡社区支出”）时只作警告。',
    messages: {
      mismatch: '“{quote}”中{subject}为 {claimed}，而{cell}为 {actual}',
      truncated:
        '“{quote}”中{subject}为 {claimed}，{cell}为 {actual}：说明中是截尾取数（四舍五入应为 {rounded}）',
      part: '“{quote}”中{subject}为 {claimed}，小于{cell} {actual}：部门中若有行政单位和参公事业单位以外的单位，两者可以不同，请核对',
    },
  },
  check(ctx) {
    const d = ctx.disclosure;
    // One sentence printed twice (a text layer repeating lines beyond the page's edge) is one claim.
    const reported = new Set<string>();
    for (const claim of claimsOfKind(d.claims, 'amount')) {
      const unit = claim.quantity.unit;
      if (claim.quantity.dimension !== 'money' || !isUnit(unit)) continue;
      const r = resolved(claim);
      if (!r) continue;
      if (sameAsPrinted(claim.quantity, r.cell?.amount.value ?? new Decimal(0), r.table.unit)) continue;
      const key = `${claim.sentence.text}\u0001${claim.at}\u0001${r.table.id}\u0001${r.row.index}\u0001${r.column.key}`;
      if (reported.has(key)) continue;
      reported.add(key);
      const printed = r.cell && r.cell.amount.printed !== '' ? r.cell.amount.printed : '空白';
      const value = r.cell?.amount.value ?? new Decimal(0);
      // A part of the cell (机关运行经费 of the 行政/参公 units within all units' 公用经费) may be less.
      const below = r.atMost === true && convert(claim.quantity.value, unit, r.table.unit).lt(value);
      // Cutting 87.708万元 to 87.70 is a publishing habit, not a wrong figure: shown, as a warning.
      const truncated = truncatedFrom(claim.quantity, value, r.table.unit);
      const rounded = `${convertForMessage(value, r.table.unit, unit, claim.quantity.decimals)}${unit}`;
      ctx.report({
        messageId: below ? 'part' : truncated ? 'truncated' : 'mismatch',
        // An error needs the subject read as one cell for sure: a name matched only approximately is a warning.
        ...(truncated || below || r.approximate ? { severity: 'warning' as const } : {}),
        data: {
          quote: quote(claim.sentence),
          subject: claim.subject,
          claimed: claim.quantity.printed,
          cell: cellName(r),
          // The cell as printed, in its table's unit (and in the 说明's where the two differ); a blank cell as such.
          actual: printed === '空白' ? printed : money(value, r.table.unit, r.table.precision, printed),
          unit: printed === '空白' ? '' : r.table.unit,
          rounded,
        },
        judged: { unit, decimals: claim.quantity.decimals },
        location: figureLocation(claim.sentence, claim.quantity.printed, claim.at),
        expected: `${printed}${r.table.unit}`,
        actual: claim.quantity.printed,
        unit: claim.quantity.unit,
        related: [{ location: cellLocation(r), value: printed, role: '表格数字' }],
      });
    }
  },
};
