/**
 * Property-based fuzzing (fast-check) of every reader through the same isolated pool `gongkai check` uses:
 * whatever bytes a mutated document holds, its check ends within the time limit and is a report or a reading
 * error — never a bug (exit 3). Seeds: a rendered disclosure as text, a minimal PDF, the rendered disclosure as
 * PDF when LibreOffice is installed, and corpus PDFs when ../shared/corpus is present. FUZZ_RUNS sets the cases per
 * reader (CI: a few dozen, one fixed seed; `npm run fuzz`: 2,000, a new seed each time); FUZZ_SEED replays a run.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentOutcome } from '../src/pipeline/check-document.js';
import type { createCheckPool as CreatePool } from '../src/pipeline/isolated-pool.js';
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
const TIMEOUT_S = 30;
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

let pool: CheckPool;
let work: string;
const tally: Record<string, Record<string, number>> = {};

function seeds(): { reader: string; name: string; bytes: Uint8Array; runs: number }[] {
  const text = execFileSync(process.execPath, [mainJs, 'render', 'examples/example-budget.json'], {
    cwd: root,
  });
  const out = [
    { reader: 'text', name: 'rendered.txt', bytes: new Uint8Array(text), runs: RUNS },
    {
      reader: 'pdf',
      name: 'minimal.pdf',
      bytes: minimalPdf([{ text: '2024 budget 201 10.00' }, { image: true }]),
      runs: RUNS,
    },
    { reader: 'pdf', name: 'rendered.pdf', bytes: basePdf(work), runs: Math.max(2, Math.ceil(RUNS / 8)) },
  ];
  const pdfs = join(corpus, 'pdf');
  if (existsSync(pdfs)) {
    // The smallest corpus PDF keeps a CI run short; a long run takes them all.
    const files = readdirSync(pdfs)
      .filter((f) => f.endsWith('.pdf'))
      .sort((a, b) => statSync(join(pdfs, a)).size - statSync(join(pdfs, b)).size);
    const take = RUNS >= 1000 ? files : files.slice(0, 1);
    for (const f of take) {
      out.push({
        reader: 'pdf',
        name: `corpus-${f}`,
        bytes: new Uint8Array(readFileSync(join(pdfs, f))),
        runs: Math.max(2, Math.ceil(RUNS / 20)),
      });
    }
  } else {
    console.log('fuzz: ../shared/corpus is absent; seeding from rendered documents only');
  }
  return out;
}

beforeAll(async () => {
  // The pool as shipped (dist): its child process and threads run the built JavaScript, as for a user.
  ensureBuilt();
  const built = pathToFileURL(join(root, 'dist/pipeline/isolated-pool.js')).href;
  const { createCheckPool } = (await import(built)) as { createCheckPool: typeof CreatePool };
  work = mkdtempSync(join(tmpdir(), 'gongkai-fuzz-'));
  pool = createCheckPool({ threads: 2, timeoutSeconds: TIMEOUT_S, maxMemoryMb: 1024 });
}, 120_000);

afterAll(async () => {
  await pool?.close();
  console.log(`fuzz outcomes: ${JSON.stringify(tally)}`);
});

describe('fuzzing every reader with mutated documents', () => {
  it(
    'never ends in a bug or a hang, whatever the bytes',
    async () => {
      for (const seed of seeds()) {
        const counts: Record<string, number> = {};
        tally[seed.name] = counts;
        await fc.assert(
          fc.asyncProperty(
            fc.array(mutation, { minLength: 1, maxLength: 8 }),
            fc.array(textBits, { maxLength: 8 }),
            async (mutations, bits) => {
              const bytes =
                seed.reader === 'text'
                  ? mutateText(new TextDecoder().decode(seed.bytes), mutations, bits)
                  : mutate(seed.bytes, mutations);
              const outcome: DocumentOutcome = await pool.run({ name: seed.name, bytes });
              const code = outcome.ok ? 'report' : outcome.code;
              if (!outcome.ok && outcome.fatal) {
                // Kept for a regression fixture: the bytes, and what happened.
                const kept = join(work, `${code}-${counts[code] ?? 0}-${seed.name}`);
                writeFileSync(kept, bytes);
                console.log(`fuzz: ${outcome.message} → ${kept}`);
              }
              counts[code] = (counts[code] ?? 0) + 1;
              expect(code, outcome.ok ? '' : outcome.message).not.toBe('internal');
              expect(code, outcome.ok ? '' : outcome.message).not.toBe('timeout');
            },
          ),
          { numRuns: seed.runs, seed: SEED, endOnFailure: true },
        );
      }
    },
    RUNS * 8_000 + 120_000,
  );
});
