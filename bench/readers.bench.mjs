// Each reader on the same disclosure — the bundled example rendered as text, DOCX, XLSX, HTML and PDF (the DOCX
// converted by LibreOffice, as an office publishes it), .doc through LibreOffice when installed — beside poppler's
// pdftotext -layout on that PDF: median read time, per page of the PDF (the same content in every format), and the
// whole check after reading, so a format's cost is seen beside the others and beside the yardstick.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
rmSync(work, { recursive: true, force: true });
