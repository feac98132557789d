/**
 * Amounts in a message, in one unit (DESIGN §3, §5). A finding judges one figure — a cell, or a figure of the 说明 —
 * and states the others it compares it with. Each is written in its own unit as printed; one printed in another
 * unit than the judged figure also shows its value in the judged figure's unit, so a reader compares like with
 * like: "887.36万元，而表… 合计为 873617.00元（87.36万元）". Rules pass amounts as `Money`; the rule engine formats
 * them here, once.
 */
import type { Decimal } from 'decimal.js';
import { formatDecimal } from './amount.js';
import { convert, roundTo, type Unit } from './rounding.js';

/** An amount a message states: its value in its own unit, the decimals it is shown with, and how it was printed. */
export interface Money {
  kind: 'money';
  value: Decimal;
  unit: Unit;
  decimals: number;
  /** The figure as the document printed it (without the unit), when the message quotes the print. */
  printed?: string;
}

/** The figure a message judges: the unit (and decimals) other amounts are converted to beside their own. */
export interface Judged {
  unit: Unit;
  decimals: number;
}

export function money(value: Decimal, unit: Unit, decimals: number, printed?: string): Money {
  const m: Money = { kind: 'money', value, unit, decimals: Math.max(0, decimals) };
  if (printed !== undefined && printed !== '') m.printed = printed;
  return m;
}

export function isMoney(v: unknown): v is Money {
  return typeof v === 'object' && v !== null && (v as Money).kind === 'money';
}

/** The number alone, as printed or at its decimals (more where the value has them): "873617.00". */
export function moneyNumber(m: Money): string {
  return m.printed ?? formatDecimal(m.value, m.decimals);
}

/** "873617.00元", with "（87.36万元）" when the judged figure is in another unit. */
export function formatMoney(m: Money, judged?: Judged): string {
  const own = `${moneyNumber(m)}${m.unit}`;
  if (!judged || judged.unit === m.unit) return own;
  return `${own}（${roundTo(convert(m.value, m.unit, judged.unit), judged.decimals)}${judged.unit}）`;
}

/** A message's fields: texts, counts and amounts. */
export type MessageValue = string | number | Money;

/** Fill a message template: "{table} 合计 {actual}" with data; amounts in one unit. Unknown fields stay visible. */
export function fillMessage(template: string, data: Record<string, MessageValue>, judged?: Judged): string {
  return template.replace(/\{(\w+)\}/gu, (m, k: string) => {
    if (!(k in data)) return m;
    const v = data[k];
    return isMoney(v) ? formatMoney(v, judged) : String(v);
  });
}

/**
 * The fields as the JSON report keeps them (strings and numbers): an amount as its number; one in another unit
 * than the judged figure also names its unit in `<field>Unit`.
 */
export function plainData(
  data: Record<string, MessageValue>,
  judged?: Judged,
): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(data)) {
    if (!isMoney(v)) {
      out[k] = v;
      continue;
    }
    out[k] = moneyNumber(v);
    if (judged && judged.unit !== v.unit) out[`${k}Unit`] = v.unit;
  }
  return out;
}
