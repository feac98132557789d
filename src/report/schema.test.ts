/**
 * docs/report.schema.json against real reports, with a small validator for the subset of JSON Schema the file
 * uses (type, enum, required, properties, additionalProperties, items, anyOf, $ref to #/$defs): no new dependency.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { realReport, sampleReport } from '../../test/kits/reports.js';
import { type BatchReport, SCHEMA_VERSION } from './types.js';

type Schema = {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  required?: string[];
  properties?: Record<string, Schema>;
  additionalProperties?: boolean | Schema;
  items?: Schema;
  anyOf?: Schema[];
  $defs?: Record<string, Schema>;
};

const ROOT: Schema = JSON.parse(
  readFileSync(new URL('../../docs/report.schema.json', import.meta.url), 'utf8'),
);

function typeOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v;
}

function typeMatches(actual: string, wanted: string): boolean {
  return actual === wanted || (wanted === 'number' && actual === 'integer');
}

/** Error messages with JSON paths; empty when valid. */
function validate(value: unknown, schema: Schema, path = '$'): string[] {
  if (schema.$ref) {
    const name = schema.$ref.replace('#/$defs/', '');
    const target = ROOT.$defs?.[name];
    if (!target) return [`${path}: unknown $ref ${schema.$ref}`];
    return validate(value, target, path);
  }
  if (schema.anyOf) {
    const results = schema.anyOf.map((s) => validate(value, s, path));
    if (results.some((r) => r.length === 0)) return [];
    return [`${path}: matches none of anyOf`, ...results.flat()];
  }
  const errors: string[] = [];
  const actual = typeOf(value);
  if (schema.type) {
    const wanted = Array.isArray(schema.type) ? schema.type : [schema.type];
    if (!wanted.some((w) => typeMatches(actual, w)))
      return [`${path}: ${actual}, expected ${wanted.join('|')}`];
  }
  if (schema.enum && !schema.enum.includes(value)) errors.push(`${path}: ${String(value)} not in enum`);
  if (actual === 'array' && schema.items) {
    (value as unknown[]).forEach((v, i) => {
      errors.push(...validate(v, schema.items!, `${path}[${i}]`));
    });
  }
  if (actual === 'object') {
    const obj = value as Record<string, unknown>;
    for (const key of schema.required ?? []) if (!(key in obj)) errors.push(`${path}: missing ${key}`);
    for (const [key, v] of Object.entries(obj)) {
      const prop = schema.properties?.[key];
      if (prop) errors.push(...validate(v, prop, `${path}.${key}`));
      else if (schema.additionalProperties === false) errors.push(`${path}: unexpected ${key}`);
      else if (typeof schema.additionalProperties === 'object') {
        errors.push(...validate(v, schema.additionalProperties, `${path}.${key}`));
      }
    }
  }
  return errors;
}

/** Through JSON, as a consumer reads it (undefined fields vanish). */
const roundTrip = <T>(v: T): T => JSON.parse(JSON.stringify(v));

describe('docs/report.schema.json', () => {
  it('accepts a real report built through the pipeline', () => {
    const report = roundTrip(realReport());
    expect(report.findings.length).toBeGreaterThan(0);
    expect(validate(report, ROOT)).toEqual([]);
    expect(validate(report, { $ref: '#/$defs/DocumentReport' })).toEqual([]);
  });

  it('accepts the hand-built report and a batch with a failed document', () => {
    const batch: BatchReport = {
      schemaVersion: SCHEMA_VERSION,
      documents: [
        sampleReport(),
        { schemaVersion: SCHEMA_VERSION, file: 'x.pdf', error: { code: 'e', message: 'm' } },
      ],
    };
    expect(validate(roundTrip(batch), { $ref: '#/$defs/BatchReport' })).toEqual([]);
  });

  it('rejects unknown fields, missing fields and wrong types', () => {
    const report = roundTrip(sampleReport()) as unknown as Record<string, unknown>;
    const doc = { $ref: '#/$defs/DocumentReport' };
    expect(validate({ ...report, extra: 1 }, doc)).toContain('$: unexpected extra');
    const { suspects: _, ...noSuspects } = report;
    expect(validate(noSuspects, doc)).toContain('$: missing suspects');
    const bad = roundTrip(sampleReport());
    (bad.findings[0] as unknown as Record<string, unknown>).severity = 'fatal';
    (bad.tables[0]!.rows[0]!.cells.total as unknown as Record<string, unknown>).value = 64.56;
    expect(validate(bad, doc)).toEqual([
      '$.tables[0].rows[0].cells.total.value: number, expected string',
      '$.findings[0].severity: fatal not in enum',
    ]);
  });
});
