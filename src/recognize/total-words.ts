/**
 * The words that name a total, in one place. Each reading asks a different question, so each has its own list:
 * compare them here before adding a word to one.
 */

/** A bare total word, the whole cell: a line of figures under it is the table's total. */
export const TOTAL_WORD = /^(合计|总计)$/u;

/**
 * A row's name that makes it the total line of its table (no code printed). 本年收入合计 and 本年支出合计 are not
 * among them: they are subtotals that close the outline above them (SUBTOTAL_NAME).
 */
export const TOTAL_NAME = /^(合计|总计|本年合计|收入总计|支出总计|收入合计|支出合计|收支总计)$/u;

/** A name that closes the outline above it: 合计 after up to six characters (本年收入合计, 人员经费合计). */
export const SUBTOTAL_NAME = /^[\p{Script=Han}]{0,6}合计$/u;

/** A line that may open a continuation page: a total of the table or of one of its sides. */
export const TOTAL_LINE = /^(合计|总计|收入总计|支出总计|本年收入合计|本年支出合计)$/u;

/** A summary cell of a column (人员经费合计, 本年收入合计 in a code column spanning the name). */
export const TOTAL_TEXT = /^(合计|总计|小计|[\p{Script=Han}]{2,6}(合计|总计))$/u;
