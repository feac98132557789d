/** What an amount cell looks like in a budget table; shared by the borderless-table and tall-row heuristics. */

/** "1,234.50", "-12", "0", "12.5%", or a dash standing for nothing ("—", "-", "－"). */
const AMOUNT = /^(?:[-−]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?%?|[—–\-－]{1,2})$/;

export function isAmount(text: string): boolean {
  return AMOUNT.test(text.replace(/\s+/g, ''));
}

/**
 * An amount, not a code: a budget code ("208", "05", "2080501") is all digits, an amount has a separator, a
 * decimal point, a percent sign, or is a dash. Used to tell an amount column from a code column.
 */
export function isTypedAmount(text: string): boolean {
  return isAmount(text) && /[.,%—–\-－−]/.test(text);
}
