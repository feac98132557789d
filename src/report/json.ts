/**
 * The JSON report as written to disk: two-space indentation, decimals as strings, and every object's keys in the
 * order docs/json-report.md lists them — whatever order the builder happened to spread optional fields in — so
 * two runs over the same document produce byte-identical files that diff cleanly. A row's cells follow its
 * table's columns; other maps (byRule, data, texts) are alphabetical. Keys this version does not know (a newer
 * builder's additions) follow the known ones in alphabetical order.
 */
import type { BatchReport, DocumentReport, FailedDocument } from './types.js';

interface Shape {
  keys: string[];
  /** Fields holding objects (or arrays of objects) of another shape. */
  nested?: Record<string, string>;
  /** Fields holding maps (column key → cell, rule id → count), with the shape of their values. */
  maps?: Record<string, string | undefined>;
}

const LOCATION = [
  'table',
  'tableId',
  'tableTitle',
  'row',
  'rowIndex',
  'column',
  'columnKey',
  'section',
  'sentence',
  'figure',
  'page',
  'line',
];

const SHAPES: Record<string, Shape> = {
  report: {
    keys: [
      'schemaVersion',
      'file',
      'error',
      'document',
      'summary',
      'tables',
      'findings',
      'suspects',
      'unrecognized',
      'warnings',
      'documents',
    ],
    nested: {
      error: 'error',
      document: 'document',
      summary: 'summary',
      tables: 'table',
      findings: 'finding',
      suspects: 'reportSuspect',
      unrecognized: 'unrecognized',
      warnings: 'warning',
      documents: 'report',
    },
  },
  error: { keys: ['code', 'message'] },
  document: {
    keys: ['kind', 'level', 'department', 'year', 'unit', 'layout', 'layoutTitle', 'format', 'pages'],
  },
  summary: {
    keys: ['identities', 'findings', 'byRule', 'tables'],
    nested: { identities: 'identities', findings: 'severities', tables: 'tableCounts' },
    maps: { byRule: undefined },
  },
  identities: { keys: ['evaluated', 'held', 'rounding', 'failed'] },
  severities: { keys: ['error', 'warning', 'info'] },
  tableCounts: { keys: ['recognized', 'unrecognized', 'missing'] },
  table: {
    keys: ['id', 'kind', 'label', 'title', 'unit', 'columns', 'textColumns', 'rows', 'notes', 'page', 'line'],
    nested: { columns: 'column', textColumns: 'column', rows: 'row' },
  },
  column: { keys: ['key', 'role', 'header', 'side'] },
  row: {
    keys: [
      'index',
      'kind',
      'code',
      'codeScheme',
      'name',
      'label',
      'role',
      'side',
      'printedLine',
      'cells',
      'texts',
      'page',
      'line',
    ],
    maps: { cells: 'cell', texts: undefined },
  },
  cell: { keys: ['value', 'printed', 'blank', 'page', 'line'] },
  finding: {
    keys: [
      'id',
      'rule',
      'ruleTitle',
      'severity',
      'message',
      'messageId',
      'data',
      'location',
      'expected',
      'actual',
      'difference',
      'unit',
      'related',
      'identity',
      'suspects',
    ],
    nested: { location: 'location', related: 'related', suspects: 'suspect' },
    maps: { data: undefined },
  },
  location: { keys: LOCATION, nested: { figure: 'figure' } },
  figure: { keys: ['at', 'text'] },
  related: { keys: ['location', 'value', 'role'], nested: { location: 'location' } },
  suspect: {
    keys: ['location', 'actual', 'suggested', 'satisfies', 'tie'],
    nested: { location: 'location' },
  },
  reportSuspect: {
    keys: [
      'table',
      'tableId',
      'row',
      'rowIndex',
      'column',
      'columnKey',
      'actual',
      'suggested',
      'explains',
      'satisfies',
      'tie',
      'page',
      'line',
    ],
  },
  unrecognized: { keys: ['title', 'reason', 'page', 'line'] },
  warning: { keys: ['code', 'message', 'page', 'line'] },
};

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Map keys: a row's cells in its table's column order (unknown keys last), anything else alphabetical. */
function mapKeys(map: Record<string, unknown>, field: string, columns: string[]): string[] {
  const keys = Object.keys(map).sort();
  if (field !== 'cells') return keys;
  const rank = (k: string) => (columns.includes(k) ? columns.indexOf(k) : columns.length);
  return keys.sort((a, b) => rank(a) - rank(b));
}

function ordered(value: unknown, shapeName: string | undefined, columns: string[] = []): unknown {
  if (Array.isArray(value)) return value.map((v) => ordered(v, shapeName, columns));
  if (!isObject(value) || shapeName === undefined) return value;
  const shape = SHAPES[shapeName];
  if (shapeName === 'table' && Array.isArray(value.columns))
    columns = value.columns.flatMap((c) => (isObject(c) && typeof c.key === 'string' ? [c.key] : []));
  const known = shape.keys.filter((k) => k in value);
  const rest = Object.keys(value)
    .filter((k) => !shape.keys.includes(k))
    .sort();
  const out: Record<string, unknown> = {};
  for (const k of [...known, ...rest]) {
    const v = value[k];
    if (shape.maps && k in shape.maps && isObject(v)) {
      const inner = shape.maps[k];
      out[k] = Object.fromEntries(mapKeys(v, k, columns).map((mk) => [mk, ordered(v[mk], inner)]));
    } else {
      out[k] = ordered(v, shape.nested?.[k], columns);
    }
  }
  return out;
}

export function serializeReport(report: DocumentReport | FailedDocument | BatchReport): string {
  return JSON.stringify(ordered(report, 'report'), null, 2);
}

/**
 * A document's report text (serializeReport's) as it stands inside a batch report, two levels down. A JSON string
 * never holds a line break, so every line break is JSON.stringify's own and the indentation is a prefix per line.
 */
export function batchEntryJson(documentJson: string): string {
  return documentJson.split('\n').join('\n    ');
}

/**
 * The batch report from its documents' texts (batchEntryJson): the bytes serializeReport writes for the batch,
 * without parsing, ordering and writing every document again once the last one is checked (half a second for the
 * 36 PDFs of pdf-more, after both lanes had finished).
 */
export function joinBatchJson(schemaVersion: string, entries: string[]): string {
  if (entries.length === 0) return serializeReport({ schemaVersion, documents: [] });
  const head = `{\n  "schemaVersion": ${JSON.stringify(schemaVersion)},\n  "documents": [\n    `;
  return `${head}${entries.join(',\n    ')}\n  ]\n}`;
}
