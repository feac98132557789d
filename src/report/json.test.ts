/**
 * serializeReport: byte-stable output whatever order a report's keys were built in, in the order the schema and
 * docs/json-report.md list the fields; and the documentation names every field the schema defines.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { realReport, sampleReport } from '../../test/kits/reports.js';
import { batchEntryJson, joinBatchJson, serializeReport } from './json.js';
import { type BatchReport, SCHEMA_VERSION } from './types.js';

type Schema = {
  $ref?: string;
  anyOf?: Schema[];
  required?: string[];
  properties?: Record<string, Schema>;
  additionalProperties?: boolean | Schema;
  items?: Schema;
  $defs?: Record<string, Schema>;
};

const ROOT: Schema = JSON.parse(
  readFileSync(new URL('../../docs/report.schema.json', import.meta.url), 'utf8'),
);
const DOC = readFileSync(new URL('../../docs/json-report.md', import.meta.url), 'utf8');

/** Every object's keys reversed, recursively: the worst order a builder could produce. */
function reversed(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reversed);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .reverse()
      .map(([k, v]) => [k, reversed(v)]),
  );
}

function resolve(schema: Schema, value: unknown): Schema {
  if (schema.$ref) return resolve(ROOT.$defs![schema.$ref.replace('#/$defs/', '')], value);
  if (!schema.anyOf) return schema;
  // The branch whose required fields the value has (DocumentReport has `document`, FailedDocument `error`).
  const obj = value as Record<string, unknown>;
  const fits = schema.anyOf
    .map((s) => resolve(s, value))
    .filter((s) => (s.required ?? []).every((k) => k in obj));
  return fits[0] ?? schema;
}

/** Paths of objects whose schema-listed keys are out of the schema's order. */
function orderErrors(value: unknown, schema: Schema, path = '$'): string[] {
  const s = resolve(schema, value);
  if (Array.isArray(value))
    return value.flatMap((v, i) => (s.items ? orderErrors(v, s.items, `${path}[${i}]`) : []));
  if (typeof value !== 'object' || value === null) return [];
  const listed = Object.keys(s.properties ?? {});
  const keys = Object.keys(value).filter((k) => listed.includes(k));
  const sorted = [...keys].sort((a, b) => listed.indexOf(a) - listed.indexOf(b));
  const own = keys.join() === sorted.join() ? [] : [`${path}: ${keys.join()}`];
  return [
    ...own,
    ...Object.entries(value).flatMap(([k, v]) => {
      const child =
        s.properties?.[k] ??
        (typeof s.additionalProperties === 'object' ? s.additionalProperties : undefined);
      return child ? orderErrors(v, child, `${path}.${k}`) : [];
    }),
  ];
}

describe('serializeReport', () => {
  it('writes the same bytes whatever order the keys were built in', () => {
    for (const report of [sampleReport(), realReport()]) {
      const text = serializeReport(report);
      expect(serializeReport(reversed(report) as typeof report)).toBe(text);
      expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(report)));
      for (const t of JSON.parse(text).tables as typeof report.tables) {
        const columns = t.columns.map((c) => c.key);
        for (const r of t.rows) expect(Object.keys(r.cells)).toEqual(columns.filter((k) => k in r.cells));
      }
    }
  });

  it('orders every object’s keys as the schema lists them, also in a batch', () => {
    const batch: BatchReport = {
      schemaVersion: SCHEMA_VERSION,
      documents: [
        realReport(),
        { schemaVersion: SCHEMA_VERSION, file: 'x.pdf', error: { code: 'e', message: 'm' } },
      ],
    };
    const parsed = JSON.parse(serializeReport(reversed(batch) as BatchReport));
    expect(orderErrors(parsed, ROOT)).toEqual([]);
    // The check itself can fail: the reversed report is out of order.
    expect(orderErrors(reversed(JSON.parse(JSON.stringify(batch))), ROOT).length).toBeGreaterThan(0);
    expect(serializeReport(sampleReport()).startsWith('{\n  "schemaVersion": "1.1",\n  "file": ')).toBe(true);
  });

  it("writes a batch from its documents' texts byte for byte as from the documents themselves", () => {
    const documents = [
      realReport(),
      { schemaVersion: SCHEMA_VERSION, file: '换行\n.pdf', error: { code: 'e', message: 'm\n"x"' } },
      sampleReport(),
    ];
    for (const docs of [documents, documents.slice(0, 1), []]) {
      const joined = joinBatchJson(
        SCHEMA_VERSION,
        docs.map((d) => batchEntryJson(serializeReport(d))),
      );
      expect(joined).toBe(serializeReport({ schemaVersion: SCHEMA_VERSION, documents: docs }));
    }
  });

  it('keeps keys it does not know, after the known ones, in alphabetical order', () => {
    const report = { ...sampleReport(), zeta: 1, alpha: 2 };
    const keys = Object.keys(JSON.parse(serializeReport(report)));
    expect(keys.slice(-3)).toEqual(['warnings', 'alpha', 'zeta']);
  });
});

describe('docs/json-report.md', () => {
  it('documents every field and definition of the schema', () => {
    const names = new Set<string>();
    const walk = (s: unknown): void => {
      if (Array.isArray(s)) s.forEach(walk);
      else if (typeof s === 'object' && s !== null) {
        for (const k of Object.keys((s as Schema).properties ?? {})) names.add(k);
        Object.values(s).forEach(walk);
      }
    };
    walk(ROOT);
    const mentioned = (n: string) =>
      new RegExp(`\`([\\w.]+\\.)?${n}(\\.[\\w.]+)?\`|[{,] ?${n}\\??[,}]`).test(DOC);
    expect([...names].filter((n) => !mentioned(n))).toEqual([]);
    const defs = Object.keys(ROOT.$defs ?? {}).filter((d) => !['decimal', 'severity'].includes(d));
    expect(defs.filter((d) => !DOC.includes(d))).toEqual([]);
    expect(names.size).toBeGreaterThan(60);
  });
});
