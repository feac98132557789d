/**
 * Property-based fuzzing (fast-check) of every reader through the same isolated pool `gongkai check` uses:
 * whatever bytes a mutated document holds, its check ends within the time limit and is a report or a reading
 * error — never a bug (exit 3), never a hang, never a process over the memory cap. Seeds: the rendered disclosure
 * as text, HTML, DOCX and XLSX (the Office files mutated inside their XML as well as as bytes), a minimal PDF, the
 * rendered disclosure as PDF when LibreOffice is installed, and corpus PDFs when ../shared/corpus is present.
 * FUZZ_RUNS sets the cases per reader (CI: a few dozen, one fixed seed; `npm run fuzz`: 2,000, a new seed each
 * time); FUZZ_SEED replays a run; FUZZ_READERS (e.g. "docx,xlsx") limits it to some readers, FUZZ_SEEDS to the seeds
 * whose names contain one of its words (e.g. "rendered,corpus": the PDFs with real fonts). The figures per
 * reader (cases, outcomes, slowest case, peak resident size) are printed at the end.
 */
import { execFileSync } from 'node:child_process';
import {
  appendFileSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentOutcome } from '../src/pipeline/check-document.js';
import type { createCheckPool as CreatePool, rssLimitMb as RssLimit } from '../src/pipeline/isolated-pool.js';
import type { CheckPool } from '../src/pipeline/pool.js';
import { ensureBuilt, mainJs, root } from './built.js';
import { basePdf } from './kits/hostile.js';
import { minimalPdf } from './kits/minimal-pdf.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 40);
// The suite replays one fixed run, so that CI passes or fails on the code, not on the draw; `npm run fuzz`
// (FUZZ_RUNS set) draws a new seed each time, and prints it on failure for FUZZ_SEED to replay.
const SEED = process.env.FUZZ_SEED
  ? Number(process.env.FUZZ_SEED)
  : process.env.FUZZ_RUNS
    ? undefined
    : 20261202;
// The CLI's default limit: on a loaded machine (2 cores shared by many jobs) a 2-second case can take 30 s of wall time.
const TIMEOUT_S = 120;
const MAX_MEMORY_MB = 1024;
const THREADS = 2;
const READERS = process.env.FUZZ_READERS?.split(',');
const SEED_NAMES = process.env.FUZZ_SEEDS?.split(',');
const corpus = join(root, '../shared/corpus');

type Mutation =
  | { kind: 'flip'; at: number; byte: number }
  | { kind: 'delete'; at: number; len: number }
  | { kind: 'insert'; at: number; bytes: Uint8Array }
  | { kind: 'duplicate'; at: number; len: number }
  | { kind: 'number'; at: number; value: string };

const position = fc.nat({ max: 1 << 30 });
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: position, byte: fc.integer({ min: 0, max: 255 }) }),
  fc.record({ kind: fc.constant('delete' as const), at: position, len: fc.integer({ min: 1, max: 64 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: position, bytes: fc.uint8Array({ maxLength: 32 }) }),
  fc.record({
    kind: fc.constant('duplicate' as const),
    at: position,
    len: fc.integer({ min: 1, max: 4096 }),
  }),
  // A number token rewritten: how one changed width in a font's /W array once made V8 abort.
  fc.record({
    kind: fc.constant('number' as const),
    at: position,
    value: fc.oneof(
      fc.constantFrom('0', '-1', '65535', '99999999', '175000000', '2147483648', '1e308', '-0.0'),
      fc.integer().map(String),
    ),
  }),
);

/** Apply mutations; positions wrap around the length, and the PDF tail (%%EOF) is kept so the reader is reached. */
function mutate(seed: Uint8Array, mutations: Mutation[]): Uint8Array {
  let b = Buffer.from(seed);
  for (const m of mutations) {
    const at = m.at % Math.max(1, b.length - 64);
    if (m.kind === 'flip') b[at] = m.byte;
    else if (m.kind === 'delete') b = Buffer.concat([b.subarray(0, at), b.subarray(at + m.len)]);
    else if (m.kind === 'insert') b = Buffer.concat([b.subarray(0, at), m.bytes, b.subarray(at)]);
    else if (m.kind === 'duplicate') b = Buffer.concat([b.subarray(0, at + m.len), b.subarray(at)]);
    else {
      const text = b.toString('latin1');
      const found = /\d+/gu;
      found.lastIndex = at;
      const n = found.exec(text);
      if (n)
        b = Buffer.concat([b.subarray(0, n.index), Buffer.from(m.value), b.subarray(n.index + n[0].length)]);
    }
  }
  return new Uint8Array(b);
}

/** Characters that mean something to the text reader: cells, lines, amounts, codes, headings. */
const TEXT_ALPHABET = [
  '\t',
  '\n',
  '\r',
  ' ',
  '　',
  '0',
  '1',
  '5',
  '9',
  '.',
  ',',
  '-',
  '—',
  '%',
  '（',
  '）',
  '合计',
  '表',
  '单位：万元',
  '其中：',
  '201',
  '\ufeff',
];
const textBits = fc.array(fc.constantFrom(...TEXT_ALPHABET), { maxLength: 12 }).map((a) => a.join(''));

/** What means something to the HTML, DOCX and XLSX readers: markup, spans and merges, huge or negative. */
const MARKUP_ALPHABET = [
  '<',
  '>',
  '"',
  '&',
  '&#x0;',
  '&nbsp;',
  '<table>',
  '</table>',
  '<tr>',
  '</tr>',
  '<td>',
  '</td>',
  ' rowspan="',
  ' colspan="',
  '99999',
  '-1',
  '<w:gridSpan w:val="9999"/>',
  '<w:vMerge w:val="restart"/>',
  '<w:tbl>',
  '<w:tc>',
  '<mergeCell ref="A1:XFD1048576"/>',
  '<c r="ZZZ9999999">',
  ' r="A1048576"',
  '<!DOCTYPE x [<!ENTITY a "aaaa">]>',
  '<?xml version="1.0"?>',
];
const markupBits = fc
  .array(fc.constantFrom(...TEXT_ALPHABET, ...MARKUP_ALPHABET), { maxLength: 8 })
  .map((a) => a.join(''));

/** The text reader sees text: mutations of characters, not bytes (random bytes are just "not a text file"). */
function mutateText(seed: string, mutations: Mutation[], bits: string[]): Uint8Array {
  let t = seed;
  for (const [i, m] of mutations.entries()) {
    const at = t.length === 0 ? 0 : m.at % t.length;
    const bit = bits[i % Math.max(1, bits.length)] ?? '';
    if (m.kind === 'flip') t = t.slice(0, at) + bit + t.slice(at + 1);
    else if (m.kind === 'delete') t = t.slice(0, at) + t.slice(at + m.len);
    else if (m.kind === 'insert') t = t.slice(0, at) + bit + t.slice(at);
    else if (m.kind === 'duplicate') t = t.slice(0, at + m.len) + t.slice(at);
    else t = t.slice(0, at) + t.slice(at).replace(/\d+(\.\d+)?/u, m.value);
  }
  return new TextEncoder().encode(t);
}

/**
 * Mutations that keep XML well-formed, so that they reach the reader's own parsing (a strict XML check refuses
 * everything else first): a number rewritten (a span, a merge, a cell reference, a width, an amount), a text node
 * replaced, or an element's start tag duplicated with its text (rows and cells repeated or reordered).
 */
function mutateXmlGently(xml: string, mutations: Mutation[], bits: string[]): string {
  let t = xml;
  for (const [i, m] of mutations.entries()) {
    const at = t.length === 0 ? 0 : m.at % t.length;
    if (m.kind === 'number') {
      t = t.slice(0, at) + t.slice(at).replace(/\d+/u, m.value);
    } else if (m.kind === 'duplicate' || m.kind === 'insert') {
      const node =
        /<(w:tr|w:tc|w:p|row|c|si|mergeCell)\b[^>]*\/>|<(w:tr|w:tc|w:p|row|c|si)\b[^>]*>[^<]*(<\/\2>)?/gu;
      node.lastIndex = at;
      const n = node.exec(t);
      if (n?.[0].endsWith('/>') || n?.[3]) t = t.slice(0, n.index) + n[0] + t.slice(n.index);
    } else {
      const text = />([^<]+)</gu;
      text.lastIndex = at;
      const n = text.exec(t);
      const bit = bits[i % Math.max(1, bits.length)] ?? '';
      if (n)
        t = `${t.slice(0, n.index + 1)}${m.kind === 'delete' ? '' : bit}${t.slice(n.index + n[0].length - 1)}`;
    }
  }
  return t;
}

/**
 * An Office file (a zip of XML parts): its bytes mutated as they are (mostly a damaged zip), one XML part mutated
 * as text with markup (mostly broken XML), or — half the cases — mutated gently, keeping the XML well-formed.
 */
function mutateZip(seed: Uint8Array, mutations: Mutation[], bits: string[], mode: number): Uint8Array {
  if (mode === 0) return mutate(seed, mutations);
  const parts = unzipSync(seed);
  const xml = Object.keys(parts)
    .filter((k) => /\.(xml|rels)$/u.test(k))
    .sort();
  // The body (document.xml, sheet1.xml, sharedStrings.xml) most of the time, any part now and then.
  const main = xml.filter((k) => /document\.xml$|sheet\d+\.xml$|sharedStrings\.xml$/u.test(k));
  const pick = mutations[0].at % 4 === 0 || main.length === 0 ? xml : main;
  const name = pick[mutations[0].at % pick.length];
  const text = new TextDecoder().decode(parts[name]);
  parts[name] =
    mode === 1
      ? mutateText(text, mutations, bits)
      : new TextEncoder().encode(mutateXmlGently(text, mutations, bits));
  return zipSync(parts);
}

let pool: CheckPool;
let work: string;
let createCheckPool: typeof CreatePool;
let rssLimitMb: typeof RssLimit;

/** Per reader: cases, outcome counts, the slowest case (ms) and the checking process's peak resident size (MB). */
interface Figures {
  cases: number;
  outcomes: Record<string, number>;
  maxMillis: number;
  maxRssMb: number;
}
const tally: Record<string, Figures> = {};

function count(reader: string, code: string, outcome: DocumentOutcome): void {
  tally[reader] ??= { cases: 0, outcomes: {}, maxMillis: 0, maxRssMb: 0 };
  const f = tally[reader];
  f.cases++;
  f.outcomes[code] = (f.outcomes[code] ?? 0) + 1;
  f.maxMillis = Math.max(f.maxMillis, outcome.millis);
  f.maxRssMb = Math.max(f.maxRssMb, outcome.peakRssMb ?? 0);
  // A long run can be followed (and its figures kept if it is stopped): FUZZ_LOG names a file.
  if (process.env.FUZZ_LOG && f.cases % 50 === 0)
    appendFileSync(process.env.FUZZ_LOG, `${new Date().toISOString()} ${reader} ${JSON.stringify(f)}\n`);
}

interface Seed {
  reader: string;
  name: string;
  bytes: Uint8Array;
  runs: number;
}

/** A seed made only when its reader is fuzzed (the rendered PDF needs LibreOffice, which takes a while). */
type SeedPlan = Omit<Seed, 'bytes'> & { make: () => Uint8Array };

/** The example data rendered by gongkai in one format. */
function rendered(format: string): Uint8Array {
  const file = join(work, `rendered.${format}`);
  execFileSync(
    process.execPath,
    [mainJs, 'render', 'examples/example-budget.json', '-f', format, '-o', file],
    {
      cwd: root,
    },
  );
  return new Uint8Array(readFileSync(file));
}

function seeds(): Seed[] {
  return allSeeds()
    .filter((s) => !READERS || READERS.includes(s.reader))
    .filter((s) => !SEED_NAMES || SEED_NAMES.some((word) => s.name.includes(word)))
    .map(({ make, ...s }) => ({ ...s, bytes: make() }));
}

function allSeeds(): SeedPlan[] {
  const out: SeedPlan[] = [
    { reader: 'text', name: 'rendered.txt', make: () => rendered('text'), runs: RUNS },
    { reader: 'html', name: 'rendered.html', make: () => rendered('html'), runs: RUNS },
    { reader: 'docx', name: 'rendered.docx', make: () => rendered('docx'), runs: RUNS },
    { reader: 'xlsx', name: 'rendered.xlsx', make: () => rendered('xlsx'), runs: RUNS },
    {
      reader: 'pdf',
      name: 'minimal.pdf',
      make: () => minimalPdf([{ text: '2024 budget 201 10.00' }, { image: true }]),
      runs: RUNS,
    },
    {
      reader: 'pdf',
      name: 'rendered.pdf',
      make: () => basePdf(work),
      runs: Math.max(2, Math.ceil(RUNS / 8)),
    },
  ];
  const pdfs = join(corpus, 'pdf');
  if (existsSync(pdfs)) {
    // The smallest corpus PDF keeps a CI run short; a long run takes the three smallest (tens of pages each).
    const files = readdirSync(pdfs)
      .filter((f) => f.endsWith('.pdf'))
      .sort((a, b) => statSync(join(pdfs, a)).size - statSync(join(pdfs, b)).size);
    const take = files.slice(0, RUNS >= 1000 ? 3 : 1);
    for (const f of take) {
      out.push({
        reader: 'pdf',
        name: `corpus-${f}`,
        make: () => new Uint8Array(readFileSync(join(pdfs, f))),
        runs: Math.max(2, Math.ceil(RUNS / 20)),
      });
    }
  } else {
    console.log('fuzz: ../shared/corpus is absent; seeding from rendered documents only');
  }
  return out;
}

function mutated(seed: Seed, mutations: Mutation[], bits: string[], mode: number): Uint8Array {
  if (seed.reader === 'text' || seed.reader === 'html')
    return mutateText(new TextDecoder().decode(seed.bytes), mutations, bits);
  if (seed.reader === 'docx' || seed.reader === 'xlsx') return mutateZip(seed.bytes, mutations, bits, mode);
  return mutate(seed.bytes, mutations);
}

beforeAll(async () => {
  // The pool as shipped (dist): its child process and threads run the built JavaScript, as for a user.
  ensureBuilt();
  const built = pathToFileURL(join(root, 'dist/pipeline/isolated-pool.js')).href;
  ({ createCheckPool, rssLimitMb } = (await import(built)) as {
    createCheckPool: typeof CreatePool;
    rssLimitMb: typeof RssLimit;
  });
  work = mkdtempSync(join(tmpdir(), 'gongkai-fuzz-'));
  pool = createCheckPool({ threads: THREADS, timeoutSeconds: TIMEOUT_S, maxMemoryMb: MAX_MEMORY_MB });
}, 120_000);

afterAll(async () => {
  await pool?.close();
  const cap = rssLimitMb(THREADS, MAX_MEMORY_MB);
  console.log(`fuzz (seed ${SEED ?? 'drawn'}, time limit ${TIMEOUT_S} s, memory cap ${cap} MB):`);
  for (const [reader, f] of Object.entries(tally)) console.log(`fuzz ${reader}: ${JSON.stringify(f)}`);
});

describe('fuzzing every reader with mutated documents', () => {
  it(
    'never ends in a bug or a hang, whatever the bytes',
    async () => {
      for (const seed of seeds()) {
        let n = 0;
        await fc.assert(
          fc.asyncProperty(
            fc.array(mutation, { minLength: 1, maxLength: 8 }),
            fc.array(seed.reader === 'text' ? textBits : markupBits, { maxLength: 8 }),
            fc.integer({ min: 0, max: 3 }),
            async (mutations, bits, mode) => {
              const bytes = mutated(seed, mutations, bits, mode);
              const outcome: DocumentOutcome = await pool.run({ name: seed.name, bytes });
              const code = outcome.ok ? 'report' : outcome.code;
              if (!outcome.ok && outcome.fatal) {
                // Kept for a regression fixture: the bytes, and what happened.
                const kept = join(work, `${code}-${n}-${seed.name}`);
                writeFileSync(kept, bytes);
                console.log(`fuzz: ${outcome.message} → ${kept}`);
              }
              n++;
              count(seed.reader, code, outcome);
              expect(code, outcome.ok ? '' : outcome.message).not.toBe('internal');
              expect(code, outcome.ok ? '' : outcome.message).not.toBe('timeout');
              expect(code, outcome.ok ? '' : outcome.message).not.toBe('out-of-memory');
              expect(code, outcome.ok ? '' : outcome.message).not.toBe('crashed');
            },
          ),
          { numRuns: seed.runs, seed: SEED, endOnFailure: true },
        );
      }
    },
    RUNS * 8_000 + 120_000,
  );
});
