/** Text runs from pdf.js text content, and the text normalization shared by cells and paragraphs. */
import { type Matrix, multiply, type TextRun } from './geometry.js';
import { foldRadicals } from './radicals.js';

interface PdfTextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
}

/** Zero-width and bidi marks some producers leave in the text layer. */
const INVISIBLE = /[\u200b-\u200f\u2060\ufeff\u00ad]/g;

export function toRuns(items: readonly unknown[], pageTransform: Matrix): TextRun[] {
  const runs: TextRun[] = [];
  for (const raw of items) {
    const item = raw as Partial<PdfTextItem>;
    if (typeof item.str !== 'string' || !item.transform) continue;
    const text = foldRadicals(item.str.replace(INVISIBLE, ''));
    if (text.trim() === '') continue;
    const m = multiply(item.transform as Matrix, pageTransform);
    const size = Math.hypot(m[2], m[3]) || Math.hypot(m[0], m[1]);
    if (!(size > 0)) continue;
    const scale = Math.hypot(item.transform[0], item.transform[1]) || 1;
    const advance = ((item.width ?? 0) * Math.hypot(m[0], m[1])) / scale;
    const dx = m[0] / (Math.hypot(m[0], m[1]) || 1);
    const dy = m[1] / (Math.hypot(m[0], m[1]) || 1);
    if (Math.abs(dy) > 0.1) {
      runs.push(rotatedRun(text, m, size, advance, dx, dy));
      continue;
    }
    const x0 = m[4];
    const baseline = m[5];
    runs.push(
      trimRun({
        text,
        x0,
        x1: x0 + advance,
        top: baseline - 0.85 * size,
        bottom: baseline + 0.15 * size,
        baseline,
        size,
      }),
    );
  }
  return runs;
}

/** Rotated text (a vertical header label): its box is what matters for cell placement. */
function rotatedRun(text: string, m: Matrix, size: number, advance: number, dx: number, dy: number): TextRun {
  const xs = [m[4], m[4] + dx * advance];
  const ys = [m[5], m[5] + dy * advance];
  const x0 = Math.min(...xs) - size / 2;
  const x1 = Math.max(...xs) + size / 2;
  const top = Math.min(...ys);
  const bottom = Math.max(...ys);
  return { text: text.trim(), x0, x1, top, bottom, baseline: bottom, size };
}

/** Drops leading/trailing blanks, moving x0/x1 so the run's centre is where the visible glyphs are. */
function trimRun(run: TextRun): TextRun {
  const lead = run.text.length - run.text.trimStart().length;
  const trail = run.text.length - run.text.trimEnd().length;
  if (lead === 0 && trail === 0) return run;
  const weights = charWeights(run.text);
  const total = weights.reduce((s, w) => s + w, 0) || 1;
  const unit = (run.x1 - run.x0) / total;
  const leadW = weights.slice(0, lead).reduce((s, w) => s + w, 0);
  const trailW = weights.slice(weights.length - trail).reduce((s, w) => s + w, 0);
  return { ...run, text: run.text.trim(), x0: run.x0 + leadW * unit, x1: run.x1 - trailW * unit };
}

const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;

/** Relative advance of each character: full-width glyphs take one em, the rest about half. */
function charWeights(text: string): number[] {
  return Array.from(text).map((ch) => (WIDE.test(ch) ? 1 : 0.5));
}

/**
 * Splits a run where it crosses one of the given x positions (a ruling between two cells that pdf.js merged into
 * one run). Character positions are estimated from full/half-width advances.
 */
export function splitRun(run: TextRun, cuts: readonly number[]): TextRun[] {
  const inside = cuts.filter((x) => x > run.x0 + 1 && x < run.x1 - 1);
  if (inside.length === 0) return [run];
  const chars = Array.from(run.text);
  const weights = charWeights(run.text);
  const total = weights.reduce((s, w) => s + w, 0) || 1;
  const unit = (run.x1 - run.x0) / total;
  const pieces: TextRun[] = [];
  let start = 0;
  let x = run.x0;
  let pieceX0 = run.x0;
  let cutIndex = 0;
  for (let k = 0; k < chars.length; k++) {
    const mid = x + (weights[k] * unit) / 2;
    while (cutIndex < inside.length && inside[cutIndex] <= mid) {
      if (k > start) pieces.push({ ...run, text: chars.slice(start, k).join(''), x0: pieceX0, x1: x });
      start = k;
      pieceX0 = x;
      cutIndex++;
    }
    x += weights[k] * unit;
  }
  pieces.push({ ...run, text: chars.slice(start).join(''), x0: pieceX0, x1: run.x1 });
  return pieces.map(trimRun).filter((p) => p.text !== '');
}

const CJK = '\\u2e80-\\u303e\\u3041-\\u33ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef';
const SPACED_CJK = new RegExp(`(?<=[${CJK}])[ \\t\\u00a0\\u3000]+(?=[${CJK}])`, 'g');

/** "项 目" and "预 算 数" are layout, not content: collapse blanks between two CJK characters. */
export function normalizeText(text: string): string {
  return text
    .replace(SPACED_CJK, '')
    .replace(/[ \t\u00a0]{2,}/g, ' ')
    .trim();
}

export function isCjk(ch: string): boolean {
  return new RegExp(`[${CJK}]`).test(ch);
}

/**
 * Runs of one visual line, left to right, joined; a blank goes where the gap is wider than a third of the font
 * size. Used for cell lines and paragraph lines alike.
 */
export function joinLine(runs: readonly TextRun[]): string {
  const sorted = [...runs].sort((p, q) => p.x0 - q.x0);
  let out = '';
  let lastX1 = Number.NEGATIVE_INFINITY;
  for (const run of sorted) {
    if (out !== '' && run.x0 - lastX1 > run.size * 0.33) out += ' ';
    out += run.text;
    lastX1 = Math.max(lastX1, run.x1);
  }
  return out;
}

/** Joins wrapped lines: no blank between CJK text (a wrap is layout), one blank between Latin words. */
/**
 * An amount too wide for its cell wraps its last digits onto the next line ("370,219.2" over "5"): a line of a
 * few digits under a line that ends in an amount with a separator continues that amount.
 */
export function continuesAmount(above: string, line: string): boolean {
  return /(?:^|\s)[-−]?\d[\d,]*[.,]\d*$/u.test(above) && /^\d{1,4}$/u.test(line);
}

export function joinWrapped(lines: readonly string[]): string {
  let out = '';
  for (const line of lines) {
    if (line === '') continue;
    if (out === '') out = line;
    else {
      const a = out[out.length - 1];
      const b = line[0];
      const glue =
        isCjk(a) || isCjk(b) || /[-/(（]$/.test(out) || /^[,.;:)）%]/.test(line) || continuesAmount(out, line)
          ? ''
          : ' ';
      out += glue + line;
    }
  }
  return out;
}

/** Groups runs into visual lines by vertical overlap of their boxes, top to bottom. */
export function groupLines(runs: readonly TextRun[]): TextRun[][] {
  const sorted = [...runs].sort((p, q) => p.baseline - q.baseline || p.x0 - q.x0);
  const lines: { runs: TextRun[]; baseline: number; size: number }[] = [];
  for (const run of sorted) {
    const line = lines.find((l) => Math.abs(l.baseline - run.baseline) < Math.min(l.size, run.size) * 0.45);
    if (line) {
      line.runs.push(run);
      line.size = Math.max(line.size, run.size);
    } else lines.push({ runs: [run], baseline: run.baseline, size: run.size });
  }
  lines.sort((p, q) => p.baseline - q.baseline);
  return lines.map((l) => l.runs.sort((p, q) => p.x0 - q.x0));
}

/** A cell's text: its lines joined as wrapped lines (a wrap inside a cell is layout). */
export function cellText(runs: readonly TextRun[]): string {
  const lines = groupLines(runs).map((line) => normalizeText(joinLine(line)));
  return normalizeText(joinWrapped(lines));
}
