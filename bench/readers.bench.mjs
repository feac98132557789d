// Each reader on the same disclosure — the bundled example rendered as text, DOCX, XLSX, HTML and PDF (the DOCX
// converted by LibreOffice, as an office publishes it), .doc through LibreOffice when installed — beside poppler's
// pdftotext -layout on that PDF: median read time, per page of the PDF (the same content in every format), and the
// whole check after reading, so a format's cost is seen beside the others and beside the yardstick. And the OCR
// reader on an image-only copy of that PDF (pdftoppm -r 200 -gray, img2pdf: a scan of it), read once — seconds a
// page, so its wall and CPU time are given, and whether it gave the text PDF's tables and findings.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readDocumentBytes } from '../dist/ingest/index.js';
import { checkRaw } from '../dist/pipeline/check.js';
import { exampleBudgetData, renderDisclosure } from '../dist/render/index.js';
import { machine, timeRuns } from './machine.mjs';

console.log(`# readers benchmark — ${machine()}`);
const data = exampleBudgetData();
const inputs = [
  ['text', Buffer.from(renderDisclosure(data, 'text'))],
  ['docx', await renderDisclosure(data, 'docx')],
  ['xlsx', await renderDisclosure(data, 'xlsx')],
  ['html', Buffer.from(renderDisclosure(data, 'html'))],
];
const work = mkdtempSync(join(tmpdir(), 'gongkai-bench-'));
let pages;
try {
  const pdf = await renderDisclosure(data, 'pdf');
  inputs.push(['pdf', pdf]);
  writeFileSync(join(work, 'ex.pdf'), pdf);
  pages = Number(
    /Pages:\s+(\d+)/u.exec(execFileSync('pdfinfo', [join(work, 'ex.pdf')], { encoding: 'utf8' }))[1],
  );
} catch (e) {
  console.log(`(no PDF: ${e.message.split('\n')[0]})`);
}
try {
  writeFileSync(join(work, 'ex.docx'), inputs[1][1]);
  execFileSync(
    'soffice',
    [
      '--headless',
      `-env:UserInstallation=file://${work}/p`,
      '--convert-to',
      'doc',
      '--outdir',
      work,
      join(work, 'ex.docx'),
    ],
    { stdio: 'ignore', timeout: 120_000 },
  );
  inputs.push(['doc (LibreOffice)', readFileSync(join(work, 'ex.doc'))]);
} catch {
  console.log('(no soffice: .doc not measured)');
}
const perPage = (ms) => (pages ? `${(ms / pages).toFixed(2).padStart(7)} ms/page` : '');
if (pages) {
  const pdftotext = await timeRuns(
    () =>
      execFileSync('pdftotext', ['-layout', join(work, 'ex.pdf'), '-'], {
        stdio: ['ignore', 'pipe', 'ignore'],
      }),
    20,
  );
  console.log(
    `the PDF has ${pages} pages; pdftotext -layout (whole process) median ${pdftotext.median.toFixed(1)} ms ${perPage(pdftotext.median)}`,
  );
}
for (const [format, bytes] of inputs) {
  const bytesU8 = new Uint8Array(bytes);
  const runs = format.startsWith('doc (') ? 3 : 20;
  for (let i = 0; i < Math.min(3, runs); i++) await readDocumentBytes(`ex.${format}`, bytesU8);
  const read = await timeRuns(() => readDocumentBytes(`ex.${format}`, bytesU8), runs);
  const raw = await readDocumentBytes(`ex.${format}`, bytesU8);
  const whole = await timeRuns(() => checkRaw(raw, `ex.${format}`), 10);
  const r = checkRaw(raw, `ex.${format}`).report;
  console.log(
    `${format.padEnd(18)} ${(bytes.length / 1024).toFixed(0).padStart(4)} KiB  read median ${read.median.toFixed(1).padStart(7)} ms ${perPage(read.median)}` +
      `  check after reading ${whole.median.toFixed(1)} ms  (${r.tables.length} tables, ${r.findings.length} findings)`,
  );
}
if (pages) {
  try {
    execFileSync('pdftoppm', ['-r', '200', '-gray', '-png', join(work, 'ex.pdf'), join(work, 'scan')]);
    const pngs = readdirSync(work)
      .filter((f) => f.startsWith('scan') && f.endsWith('.png'))
      .sort()
      .map((f) => join(work, f));
    execFileSync('img2pdf', [...pngs, '-o', join(work, 'scan.pdf')]);
    const bytes = new Uint8Array(readFileSync(join(work, 'scan.pdf')));
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    const raw = await readDocumentBytes('scan.pdf', bytes);
    const wall = performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    const scan = checkRaw(raw, 'scan.pdf').report;
    const text = checkRaw(
      await readDocumentBytes('ex.pdf', new Uint8Array(inputs.find((i) => i[0] === 'pdf')[1])),
      'ex.pdf',
    ).report;
    const key = (f) =>
      `${f.rule} ${f.location.table ?? ''} ${f.location.row ?? ''} ${f.location.column ?? ''}`;
    const scanKeys = scan.findings.map(key);
    const shared = text.findings.map(key).filter((k) => {
      const at = scanKeys.indexOf(k);
      if (at >= 0) scanKeys.splice(at, 1);
      return at >= 0;
    }).length;
    const kinds = (r) => r.tables.map((t) => t.kind).join();
    console.log(
      `${'pdf scan (OCR)'.padEnd(18)} ${(bytes.length / 1024).toFixed(0).padStart(4)} KiB  read once ${(wall / 1000).toFixed(1)} s wall, ` +
        `${((cpu.user + cpu.system) / 1e6).toFixed(1)} s CPU, ${perPage(wall)}  (${scan.tables.length} tables${kinds(scan) === kinds(text) ? ', the text PDF’s' : ''}; ` +
        `findings ${scan.findings.length}, the text PDF's ${text.findings.length}, ${shared} in common)`,
    );
  } catch (e) {
    console.log(`(no OCR measure: ${e.message.split('\n')[0]})`);
  }
}
rmSync(work, { recursive: true, force: true });
