// OCR of scanned pages: image-only copies of text PDFs (pdftoppm -r 200 -gray, then img2pdf), read by gongkai's
// OCR and compared with the text PDF they came from — seconds a page (wall and CPU), peak RSS, and the share of
// amount cells read exactly (cell by cell, in tables of the same shape), and whether the check gives the same
// findings (rule, table, row, column, severity). Usage:
//   node bench/ocr.bench.mjs [file.pdf[:first-last] …]   (default: two corpus disclosures, a few table pages each)
// Issue 13's five whole documents: the pdf/ 普陀 govt-office and 重庆 气象局 budgets, pdf-more/zhuhai-004 and
// fuzhou-010, and the rendered example (`gongkai render examples/example-budget.json -f pdf`), each as FILE:1-N.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readDocumentBytes } from '../dist/ingest/index.js';
import { checkRaw } from '../dist/pipeline/check.js';
import { machine } from './machine.mjs';

const CORPUS = new URL('../../shared/corpus/pdf/', import.meta.url).pathname;
const DEFAULTS = [
  `${CORPUS}shanghai-putuo-govt-office-2025-dept-budget.pdf:8-10`,
  `${CORPUS}chongqing-meteorological-bureau-2026-dept-budget.pdf:6-8`,
];

function has(tool) {
  try {
    execFileSync(tool, ['-v'], { stdio: 'ignore' });
    return true;
  } catch (e) {
    return e.code !== 'ENOENT';
  }
}

console.log(`# OCR benchmark — ${machine()}`);
if (!has('pdftoppm') || !has('img2pdf')) {
  console.log('(needs pdftoppm and img2pdf: apt install poppler-utils img2pdf)');
  process.exit(0);
}
const specs = process.argv.slice(2).length > 0 ? process.argv.slice(2) : DEFAULTS;
const work = mkdtempSync(join(tmpdir(), 'gongkai-ocr-bench-'));
const AMOUNT = /^-?[\d,]*\.?\d+$/;
const plain = (t) => t.replace(/,/g, '');

/** The text PDF's pages first–last as an image-only PDF, the way a scanner gives them. */
function imageCopy(file, first, last, n) {
  const prefix = join(work, `p${n}`);
  execFileSync('pdftoppm', [
    '-r',
    '200',
    '-gray',
    '-png',
    '-f',
    String(first),
    '-l',
    String(last),
    file,
    prefix,
  ]);
  const pngs = readdirSync(work)
    .filter((f) => f.startsWith(`p${n}-`) && f.endsWith('.png'))
    .sort()
    .map((f) => join(work, f));
  const out = join(work, `scan${n}.pdf`);
  execFileSync('img2pdf', [...pngs, '-o', out]);
  return out;
}

function textCopy(file, first, last, n) {
  const out = join(work, `text${n}.pdf`);
  execFileSync('pdfseparate', ['-f', String(first), '-l', String(last), file, join(work, `t${n}-%d.pdf`)]);
  const parts = [];
  for (let p = first; p <= last; p++) parts.push(join(work, `t${n}-${p}.pdf`));
  execFileSync('pdfunite', [...parts, out]);
  return out;
}

/** Amount cells of the text reading, and how many the OCR reading has equal at the same place. */
function compare(text, scan) {
  const tt = text.blocks.filter((b) => b.type === 'table');
  const st = scan.blocks.filter((b) => b.type === 'table');
  let amounts = 0;
  let equal = 0;
  const wrong = [];
  tt.forEach((t, i) => {
    const s = st[i];
    t.rows.forEach((row, r) => {
      row.cells.forEach((cell) => {
        if (!AMOUNT.test(cell.text)) return;
        amounts++;
        const other = s?.rows[r]?.cells.find((c) => c.col === cell.col);
        if (other && plain(other.text) === plain(cell.text)) equal++;
        else wrong.push(`${cell.text}→${other?.text ?? '∅'}`);
      });
    });
  });
  return { amounts, equal, tables: [tt.length, st.length], wrong };
}

/** The findings as places and severities, sorted: what "same findings" compares. */
function findings(raw, name) {
  try {
    return checkRaw(raw, name)
      .report.findings.map((f) =>
        [f.rule, f.location.table, f.location.row, f.location.column, f.severity].join(' | '),
      )
      .sort();
  } catch (e) {
    return [`(${e.code ?? e.message})`];
  }
}

let n = 0;
for (const spec of specs) {
  const [file, range] = spec.split(':');
  if (!existsSync(file)) {
    console.log(`(${file} absent: skipped)`);
    continue;
  }
  const [first, last] = (range ?? '1-1').split('-').map(Number);
  n++;
  const scanFile = imageCopy(file, first, last, n);
  const textFile = textCopy(file, first, last, n);
  const text = await readDocumentBytes('text.pdf', new Uint8Array(readFileSync(textFile)));
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const scan = await readDocumentBytes('scan.pdf', new Uint8Array(readFileSync(scanFile)));
  const wall = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const pages = last - first + 1;
  const c = compare(text, scan);
  const name = file.split('/').pop();
  console.log(
    `${name} p.${first}–${last}: ${(wall / pages).toFixed(1)} s/page wall, ${((cpu.user + cpu.system) / 1e6 / pages).toFixed(1)} s/page CPU; ` +
      `tables ${c.tables[1]}/${c.tables[0]}; amounts exact ${c.equal}/${c.amounts} (${((100 * c.equal) / Math.max(1, c.amounts)).toFixed(1)} %); ` +
      `peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`,
  );
  const [ft, fs] = [findings(text, 'text.pdf'), findings(scan, 'scan.pdf')];
  const same = JSON.stringify(ft) === JSON.stringify(fs);
  console.log(`  findings: text ${ft.length}, copy ${fs.length}, ${same ? 'the same' : 'DIFFERENT'}`);
  if (!same) for (const f of fs.filter((x) => !ft.includes(x))) console.log(`  copy only: ${f}`);
  if (c.wrong.length > 0) console.log(`  differing: ${c.wrong.slice(0, 12).join('  ')}`);
}
rmSync(work, { recursive: true, force: true });
