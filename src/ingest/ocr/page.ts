/**
 * One scanned page → the same PageContent the text-layer reader gives (tables as ruled grids, loose text lines),
 * so stitching, margins and paragraphs work alike. Amount cells are read one by one with a digit whitelist on a
 * single line; other cells and the lines outside the grids with chi_sim. Every cell carries `prov.ocr`.
 */
import type { Provenance } from '../../model/raw.js';
import { fillGrid, type PageTable } from '../pdf/cells.js';
import { type Box, round1, type TextRun } from '../pdf/geometry.js';
import type { PageContent, TextLine } from '../pdf/page.js';
import { joinWrapped, normalizeText } from '../pdf/text.js';
import { lettersAsDigits, normalizeAmount, wellFormed } from './amount.js';
import { skewAngle, unskew } from './deskew.js';
import type { OcrEngine, Recognized } from './engine.js';
import { cellLines, inkBox, type Layout, layout, tallShare, textLines } from './layout.js';
import { mendPercents, mendProse } from './prose.js';
import { binarize, cropPgm, type Gray, rotate, shrunkPgm } from './raster.js';
import { settlesYears, settleYears, YEAR_SHRINKS } from './years.js';

/**
 * Pages are rendered at the scan's own resolution: enlarging a 200-dpi scan to 300 dpi made chi_sim misread
 * 支 as 文 on a third of the names; a page of unknown resolution at 300 dpi (200 dpi loses a few amounts in fifty,
 * DESIGN §8). Within these bounds.
 */
export const OCR_DPI = { fallback: 300, min: 150, max: 400 };

export function renderDpi(imageDpi: number | undefined): number {
  if (!imageDpi || !Number.isFinite(imageDpi)) return OCR_DPI.fallback;
  return Math.min(OCR_DPI.max, Math.max(OCR_DPI.min, Math.round(imageDpi)));
}

/** A read amount: digits with separators, or a dash for nothing. */
const AMOUNT = /^-?(?:\d[\d,]*(?:\.\d+)?|\.\d+)$|^-+$/;
/** The digit reading is trusted from this confidence on (tesseract gives ~0 when it had to drop characters). */
const AMOUNT_CONFIDENCE = 60;

export interface OcrPage {
  content: PageContent;
  /** Quarter turns clockwise the page needed (0, 1, 3). */
  turns: number;
  /** Cells read. */
  cells: number;
}

/** The grids of a page rendered in grey (renderGray), turned upright when its table was printed sideways. */
export async function pageLayout(rendered: Gray, engine: OcrEngine): Promise<Layout> {
  const ink = binarize(rendered);
  const angle = skewAngle(ink, rendered.width, rendered.height);
  const gray = unskew(rendered, angle);
  engine.setDpi(Math.round(rendered.scale * 72));
  // A level page is binarized once: the ink the slant was measured on is the layout's.
  const upright = layout(gray, 0, angle === 0 ? ink : undefined);
  if (upright.grids.length === 0 || tallShare(upright.grids) < 0.6) return upright;
  const turned = layout(gray, 1);
  if (turned.grids.length === 0 || tallShare(turned.grids) >= 0.6) return upright;
  // A quarter turn one way or the other: the way chi_sim reads with more confidence.
  return (await headsDown(turned, engine)) ? layout(gray, 3) : turned;
}

/** Whether the page reads better turned half round: compares chi_sim's confidence on the widest cells. */
async function headsDown(l: Layout, engine: OcrEngine): Promise<boolean> {
  const boxes = l.grids
    .flatMap((g) => g.cells)
    .map((c) => inkBox(l, c.box))
    .filter((b): b is Box => b !== null)
    .sort((p, q) => q[2] - q[0] - (p[2] - p[0]))
    .slice(0, 3);
  let up = 0;
  let down = 0;
  for (const b of boxes) {
    up += (await engine.read(cropPgm(l.gray, ...b), 'line')).confidence;
    const part = subImage(l.gray, b);
    down += (await engine.read(cropPgm(rotate(part, 2), 0, 0, part.width, part.height), 'line')).confidence;
  }
  return down > up;
}

function subImage(img: Gray, b: Box): Gray {
  const [x0, y0, x1, y1] = b.map(Math.round);
  const w = x1 - x0;
  const data = new Uint8Array(w * (y1 - y0));
  for (let y = y0; y < y1; y++)
    data.set(img.data.subarray(y * img.width + x0, y * img.width + x1), (y - y0) * w);
  return { width: w, height: y1 - y0, data, scale: img.scale };
}

/** Reads every cell of the page's grids and, when asked, the text lines outside them. */
export async function readLayout(
  l: Layout,
  pageNo: number,
  engine: OcrEngine,
  withText: boolean,
): Promise<OcrPage> {
  const s = l.gray.scale;
  const tables: PageTable[] = [];
  let cells = 0;
  for (const grid of l.grids) {
    const runs: TextRun[] = [];
    const confidence = new Map<string, number>();
    const textFirst = new Map<number, number>();
    const reads: { box: Box; row: number; col: number; read: CellReading }[] = [];
    for (const cell of grid.cells) {
      const box = inkBox(l, cell.box);
      if (!box) continue;
      cells++;
      const read = await readCell(l, box, engine, (textFirst.get(cell.col) ?? 0) >= 3);
      if (read.text === '') continue;
      const isAmount = AMOUNT.test(read.text);
      textFirst.set(cell.col, isAmount ? 0 : (textFirst.get(cell.col) ?? 0) + 1);
      reads.push({ box: cell.box, row: cell.row, col: cell.col, read });
    }
    preferTableDecimals(reads.map((r) => r.read));
    for (const col of new Set(reads.map((r) => r.col)))
      mendListNumerals(reads.filter((r) => r.col === col).map((r) => r.read));
    for (const { box, read } of reads) {
      confidence.set(boxKey(box), Math.round(read.confidence));
      runs.push(cellRun(read.text, box));
    }
    const table = fillGrid(grid, runs, pageNo);
    markOcr(table, confidence);
    tables.push(table);
  }
  const lines: TextLine[] = [];
  if (withText) {
    for (const line of textLines(l)) {
      const read = await engine.read(cropPgm(l.gray, ...line.box), 'line');
      if (settlesYears(read.text))
        read.text = settleYears([read.text, ...(await smallerReadings(l, line.box, engine))]);
      const text = mendProse(normalizeText(read.text.replace(EDGE_RULING, '')));
      if (text === '' || read.confidence < 20) continue;
      const box = line.box.map((v) => round1(v / s)) as Box;
      lines.push({ text, box, size: round1((line.box[3] - line.box[1]) / s), page: pageNo });
    }
    mendPercents(lines.map((t) => t.text)).forEach((text, i) => {
      lines[i].text = text;
    });
  }
  const content: PageContent = {
    page: pageNo,
    width: l.gray.width / s,
    height: l.gray.height / s,
    tables,
    lines,
    hasText: tables.length > 0 || lines.length > 0,
    hasImage: true,
    chars: 0,
    fonts: [],
  };
  return { content, turns: l.turns, cells };
}

/** The line read again smaller: the years of a bold title (see years.ts). */
async function smallerReadings(l: Layout, box: Box, engine: OcrEngine): Promise<string[]> {
  const out: string[] = [];
  for (const factor of YEAR_SHRINKS)
    out.push((await engine.read(shrunkPgm(l.gray, ...box, factor), 'line')).text);
  return out;
}

const NUMERALS = '一二三四五六七八九十';
const NUMBERED = /^([一二三四五六七八九十]{1,3})、/u;
const MISREAD_NUMBERED = /^(\p{Script=Han})、/u;

function numeralValue(text: string): number | undefined {
  const n = NUMBERED.exec(text)?.[1];
  if (!n) return undefined;
  const digit = (c: string) => NUMERALS.indexOf(c) + 1;
  if (n.length === 1) return digit(n);
  if (n[0] === '十') return 10 + digit(n[1]);
  return n.length === 2 && n[1] === '十' ? 10 * digit(n[0]) : 10 * digit(n[0]) + digit(n[2]);
}

function numeral(v: number): string {
  if (v <= 10) return NUMERALS[v - 1];
  if (v < 20) return `十${NUMERALS[v - 11]}`;
  return `${NUMERALS[Math.floor(v / 10) - 1]}十${v % 10 === 0 ? '' : NUMERALS[(v % 10) - 1]}`;
}

/**
 * A column's list numbers (一、二、三、) where chi_sim read the numeral as another character ("上、一般公共服务支出",
 * "媳、事业单位经营收入" on the 珠海 copy): no label opens with a character other than a numeral before 、, so the
 * number is the one after the numbered label above (or before the one below). And a numeral lost altogether (福州:
 * "上一般公共服务支出", "一般公共预算拨款收入" above 二、): a label without one, between the labels numbered one less
 * and one more (or first, above 二、), is that item — its numeral is put back; what chi_sim read in its place is
 * the name's to mend (a name one character off a known one, recognize/ocr-names.ts).
 */
export function mendListNumerals(labels: CellReading[]): void {
  const texts = labels.filter((r) => r.text !== '');
  texts.forEach((r, i) => {
    const m = MISREAD_NUMBERED.exec(r.text);
    if (!m || NUMERALS.includes(m[1])) return;
    const above = texts
      .slice(0, i)
      .reverse()
      .map((x) => numeralValue(x.text))
      .find((v) => v !== undefined);
    const below = texts
      .slice(i + 1)
      .map((x) => numeralValue(x.text))
      .find((v) => v !== undefined);
    const v = above !== undefined ? above + 1 : below !== undefined && below > 1 ? below - 1 : undefined;
    if (v !== undefined && v <= 99) r.text = `${numeral(v)}${r.text.slice(1)}`;
  });
  texts.forEach((r, i) => {
    if (numeralValue(r.text) !== undefined || !/^\p{Script=Han}/u.test(r.text)) return;
    const next = i + 1 < texts.length ? numeralValue(texts[i + 1].text) : undefined;
    if (next === undefined || next < 2) return;
    const numberedAbove = texts.slice(0, i).some((x) => numeralValue(x.text) !== undefined);
    const prev = i > 0 ? numeralValue(texts[i - 1].text) : undefined;
    if (numberedAbove ? prev === next - 2 : next === 2) r.text = `${numeral(next - 1)}、${r.text}`;
  });
}

/** A cell's reading, with the well-formed amount readings it was chosen from when none was confident. */
export interface CellReading extends Recognized {
  alternatives?: Recognized[];
}

/** Bold figures are read again at this scale when the first digit reading is not confident (see readCell). */
const BOLD_SHRINK = 0.75;

/**
 * One cell: first as an amount (digit whitelist, one line at a time), then, unless that reading is confident, as
 * Chinese text, line by line (single-line reading is both better and twice as fast as tesseract's block mode on
 * cells). A column whose last cells were all text is read as text first, and a text reading there without
 * Chinese is read again as an amount. A digit reading that is not confident is made again with the cell shrunk
 * by a quarter: bold figures, whose strokes touch at the scan's resolution, then read apart ("13,252.602" and
 * "12,72.73" at 52 and 45 were 13,252.62 and 12,572.73 at 79 and 86 on the 重庆 copy's bold 合计 line).
 */
async function readCell(l: Layout, box: Box, engine: OcrEngine, textFirst: boolean): Promise<CellReading> {
  const lines = cellLines(l, box);
  const readLines = async (mode: 'amount' | 'line', shrink = 1) => {
    const parts: Recognized[] = [];
    for (const line of lines) {
      const image = shrink === 1 ? cropPgm(l.gray, ...line) : shrunkPgm(l.gray, ...line, shrink);
      parts.push(await engine.read(image, mode));
    }
    const confidence = Math.min(...parts.map((p) => p.confidence));
    return { parts: parts.map((p) => p.text), confidence };
  };
  const asAmount = async (shrink = 1) => {
    const r = await readLines('amount', shrink);
    return { text: normalizeAmount(r.parts.join('')), confidence: r.confidence };
  };
  const asText = async () => {
    const r = await readLines('line');
    return { text: labelText(r.parts), confidence: r.confidence };
  };
  const confident = (a: Recognized) => a.confidence >= AMOUNT_CONFIDENCE && wellFormed(a.text);
  /** The digit readings: as rendered and, unless that one is confident, shrunk; the confident one first. */
  const asAmounts = async (): Promise<Recognized[]> => {
    const a = await asAmount();
    if (confident(a)) return [a];
    const small = await asAmount(BOLD_SHRINK);
    return confident(small) ? [small, a] : [a, small];
  };
  const choose = (digits: Recognized[], text: Recognized): CellReading => {
    if (confident(digits[0])) return digits[0];
    const read: CellReading = amountOrText(digits[0], text);
    if (AMOUNT.test(read.text)) read.alternatives = digits.filter((d) => wellFormed(d.text));
    return read;
  };
  if (textFirst) {
    const t = await asText();
    // A reading with Chinese is a label; one without may be an amount that chi_sim spelt with letters ("S,445. 39").
    if (t.text === '' || CJK.test(t.text)) return t;
    return choose(await asAmounts(), t);
  }
  const digits = await asAmounts();
  return confident(digits[0]) ? digits[0] : choose(digits, await asText());
}

/**
 * A table's figures print one number of decimals (2 in 万元 and 元 tables; 4 in some 万元 notices). A figure none
 * of whose readings was confident, read with another number of decimals than the table's confident figures show
 * ("5,308.055" among figures of two), takes the reading among its others that has the table's decimals.
 */
export function preferTableDecimals(reads: CellReading[]): void {
  const decimals = (t: string) => (t.includes('.') ? t.length - t.indexOf('.') - 1 : -1);
  const counts = new Map<number, number>();
  for (const r of reads)
    if (r.confidence >= AMOUNT_CONFIDENCE && wellFormed(r.text) && r.text.includes('.'))
      counts.set(decimals(r.text), (counts.get(decimals(r.text)) ?? 0) + 1);
  const [usual, n] = [...counts].sort((p, q) => q[1] - p[1])[0] ?? [-1, 0];
  if (n < 3) return;
  for (const r of reads) {
    if (!r.alternatives || decimals(r.text) === usual) continue;
    const better = r.alternatives
      .filter((a) => decimals(a.text) === usual)
      .sort((p, q) => q.confidence - p.confidence)[0];
    if (better) {
      r.text = better.text;
      r.confidence = Math.min(r.confidence, better.confidence);
    }
  }
}

const CJK = /[\u3400-\u9fff]/;

/**
 * Neither reading confident. A text reading with Chinese is a label. Otherwise the cell is an amount, the first
 * well-formed of: the text reading mended ("1 ,130. 00" → 1,130.00), the digit reading ("5S79. 89" read 579.89
 * there), the text reading with letters as digits ("12,S72. 73" where the digits read "12,72. 73", a 5 lost) —
 * else the digit reading as it stands. Either way the cell is marked as OCR'd and the identities decide (识别存疑),
 * so a low-confidence amount is better than a label of digits.
 */
export function amountOrText(digits: Recognized, text: Recognized): Recognized {
  if (text.text === '' || CJK.test(text.text)) return text;
  const confidence = Math.min(digits.confidence, text.confidence);
  const readings = [normalizeAmount(text.text), digits.text, normalizeAmount(lettersAsDigits(text.text))];
  const best = readings.find(wellFormed);
  if (best !== undefined) return { text: best, confidence };
  if (AMOUNT.test(digits.text)) return { text: digits.text, confidence };
  const mended = normalizeAmount(text.text);
  return AMOUNT.test(mended) ? { text: mended, confidence } : text;
}

/** A ruling at a cell's edge that tesseract read as a glyph. */
const EDGE_RULING = /^[|丨｜[\]]+\s*|\s*[|丨｜[\]]+$/g;

/** Brackets tesseract reads in place of the full-width （） that budget names print. */
const OPEN = /[“"]?[【〈《(（]+/g;
const CLOSE = /[)）〉》】]+/g;

/**
 * A label's leading Chinese numeral as chi_sim misreads it: 十 as a dash or plus ("-一、城乡社区支出" is 十一、), a
 * lone 一 as a quotation mark ("“、预算拨款"). No label begins with these before 、.
 */
const TEN = /^[-—–+]+(?=[一二三四五六七八九]?、)/u;
const ONE = /^[“"”]+(?=、)/u;
/**
 * A code's opening bracket read as a dash or bar ("-212]城乡社区支出"), or taken for a ruling at the cell's edge:
 * the closing bracket says what it was.
 */
const CODE_OPEN = /^[-—–|丨l]*(?=\d{3,7}\])/u;
/**
 * A mark standing alone between the spread characters of a header ("总 “ 计" for 总  计): a speck of the paper
 * between two words of a cell, where nothing is printed.
 */
const SPECK = /(?<=[\u3400-\u9fff])\s+[“”"'‘’`·.,，、]\s+(?=[\u3400-\u9fff])/gu;
/** A list number's point read as a comma ("1，一般公共预算资金"): a thousands separator is never followed by Chinese. */
const NUMBER_POINT = /^(\d{1,2})[，,](?=[\u3400-\u9fff])/u;

/**
 * A label cell's lines joined as a wrap (no blank between CJK text), edge rulings, odd brackets, a misread
 * leading numeral, list point or code bracket mended.
 */
export function labelText(lines: readonly string[]): string {
  const clean = lines
    .map((l) =>
      normalizeText(l.replace(EDGE_RULING, '').replace(SPECK, ' ').replace(OPEN, '（').replace(CLOSE, '）')),
    )
    .filter((l) => l !== '');
  return normalizeText(joinWrapped(clean))
    .replace(TEN, '十')
    .replace(ONE, '一')
    .replace(NUMBER_POINT, '$1.')
    .replace(CODE_OPEN, '[');
}

function boxKey(b: Box): string {
  return b.map((v) => round1(v)).join(',');
}

/** The recognized text as one run filling the cell's middle, so the grid code places it in that cell. */
function cellRun(text: string, cell: Box): TextRun {
  const size = Math.min(10, (cell[3] - cell[1]) / 2);
  const mid = (cell[1] + cell[3]) / 2;
  return {
    text,
    x0: cell[0] + 1,
    x1: cell[2] - 1,
    top: mid - size / 2,
    bottom: mid + size / 2,
    baseline: mid + size / 2,
    size,
  };
}

function markOcr(table: PageTable, confidence: Map<string, number>): void {
  const mark = (prov: Provenance, c?: number) => {
    prov.ocr = c === undefined ? {} : { confidence: c };
  };
  mark(table.table.prov);
  for (const row of table.table.rows) {
    mark(row.prov);
    for (const cell of row.cells) {
      const c = cell.prov.box ? confidence.get(boxKey(cell.prov.box)) : undefined;
      mark(cell.prov, c);
    }
  }
}
