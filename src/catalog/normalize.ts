/**
 * Name normalization: PDFs and Word copies print catalogue names with full-width brackets, stray spaces, line
 * breaks inside a cell, names cut off at the cell edge, and a few habitual variants.
 */

/** Brackets NFKC leaves alone, folded to ASCII parentheses. */
const BRACKETS: Record<string, string> = { '【': '(', '】': ')', '〔': '(', '〕': ')', '[': '(', ']': ')' };

/** Parentheticals that printers drop: 维修(护)费, 因公出国(境)费用, 退职(役)费, 办公厅(室), 中医(民族)医院. */
const OPTIONAL_PARENTHETICALS = ['护', '境', '役', '室', '民族', '民族医'];

/** A printed name shorter than this is too ambiguous to accept as a cut-off prefix of a catalogue name. */
export const MIN_CUT_OFF = 4;

/** Canonical form for comparing names: NFKC, no spaces or invisible characters, ASCII brackets, no quotes. */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/[\s\u200b-\u200d\u2060\ufeff\u00ad]/gu, '')
    .replace(/[【】〔〕[\]]/gu, (c) => BRACKETS[c] ?? c)
    .replace(/[“”"‘’'「」『』]/gu, '')
    .replace(/^[:、.·]+|[:、,;。.·]+$/gu, '');
}

function dropOptionalParentheticals(name: string): string {
  let out = name;
  for (const p of OPTIONAL_PARENTHETICALS) out = out.split(`(${p})`).join('');
  return out;
}

/** Same name up to a trailing 支出 ('…养老保险缴费' vs '…养老保险缴费支出', '一般公共服务' vs '一般公共服务支出'). */
function sameUpToExpenditure(a: string, b: string): boolean {
  return a === b || `${a}支出` === b || a === `${b}支出`;
}

/**
 * Whether a printed name is the catalogue name: equal after normalization, or one of the known variants, or a
 * prefix of it at least MIN_CUT_OFF characters long (a name cut off at the cell edge of a PDF).
 */
export function namesMatch(printed: string, catalogueName: string): boolean {
  const p = normalizeName(printed);
  const c = normalizeName(catalogueName);
  if (p === '' || c === '') return false;
  if (sameUpToExpenditure(p, c)) return true;
  const plain = dropOptionalParentheticals(c);
  if (sameUpToExpenditure(dropOptionalParentheticals(p), plain)) return true;
  return isCutOff(p, c) || isCutOff(p, plain);
}

/** A cut right before a parenthetical leaves a complete other name (资本性支出 vs 资本性支出（基本建设）): not a cut. */
function isCutOff(printed: string, full: string): boolean {
  if (printed.length < MIN_CUT_OFF || printed.length >= full.length) return false;
  return full.startsWith(printed) && full[printed.length] !== '(';
}

/** Digits of a printed code: "208 05 05", "208-05-05" and "2080505" are one code. */
export function normalizeCode(code: string): string {
  if (/^\d+$/u.test(code)) return code;
  return code.normalize('NFKC').replace(/\D/gu, '');
}
