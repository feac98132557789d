/**
 * Reading what the server keeps: one document with its report, the filtered list, the batch dashboard, and what
 * changed between a document's last two runs (after an upgrade and a re-check).
 */
import type { Sql } from './db.js';

export interface DocumentRow {
  id: number;
  sha256: string;
  name: string;
  format: string;
  size: number;
  uploader: string;
  uploadedAt: Date;
  status: string;
  error: string | null;
  attempts: number;
  version: string | null;
  department: string | null;
  year: number | null;
  layout: string | null;
  kind: string | null;
  errors: number | null;
  warnings: number | null;
  infos: number | null;
  updatedAt: Date;
}

const COLUMNS = `d.id, d.sha256, d.name, d.format, d.size, d.uploader, d.uploaded_at AS "uploadedAt", d.status, d.error,
  d.attempts, d.version, d.department, d.year, d.layout, d.kind, d.errors, d.warnings, d.infos,
  d.updated_at AS "updatedAt"`;

export async function getDocument(db: Sql, id: number): Promise<DocumentRow | undefined> {
  const [row] = await db.query<DocumentRow>(`SELECT ${COLUMNS} FROM document d WHERE d.id = $1`, [id]);
  return row;
}

/** The stored JSON report of the document's current run, byte for byte as `gongkai check --format json`. */
export async function getReportText(db: Sql, id: number): Promise<string | undefined> {
  const [row] = await db.query<{ report: string | null }>(
    'SELECT r.report FROM document d JOIN run r ON r.id = d.run_id WHERE d.id = $1',
    [id],
  );
  return row?.report ?? undefined;
}

export interface Filters {
  department?: string;
  year?: number;
  layout?: string;
  rule?: string;
  severity?: string;
  status?: string;
  batch?: number;
  ids?: number[];
  q?: string;
}

/** WHERE clause and parameters for a filter set; every value is a bound parameter. */
export function where(f: Filters): { sql: string; params: unknown[] } {
  const parts: string[] = [];
  const params: unknown[] = [];
  const p = (v: unknown) => {
    params.push(v);
    return `$${params.length}`;
  };
  if (f.department) parts.push(`d.department = ${p(f.department)}`);
  if (f.year !== undefined) parts.push(`d.year = ${p(f.year)}`);
  if (f.layout) parts.push(`d.layout = ${p(f.layout)}`);
  if (f.status) parts.push(`d.status = ${p(f.status)}`);
  if (f.q) parts.push(`d.name ILIKE ${p(`%${f.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`)}`);
  if (f.batch !== undefined)
    parts.push(`d.id IN (SELECT document_id FROM upload WHERE batch_id = ${p(f.batch)})`);
  if (f.ids) parts.push(`d.id = ANY(${p(f.ids)}::int[])`);
  if (f.rule || f.severity) {
    const conds = ['f.run_id = d.run_id'];
    if (f.rule) conds.push(`f.rule = ${p(f.rule)}`);
    if (f.severity) conds.push(`f.severity = ${p(f.severity)}`);
    parts.push(`EXISTS (SELECT 1 FROM finding f WHERE ${conds.join(' AND ')})`);
  }
  return { sql: parts.length ? `WHERE ${parts.join(' AND ')}` : '', params };
}

export async function listDocuments(
  db: Sql,
  f: Filters,
  limit: number,
  offset: number,
): Promise<{ total: number; documents: DocumentRow[] }> {
  const w = where(f);
  const [{ total }] = await db.query<{ total: number }>(
    `SELECT count(*)::int AS total FROM document d ${w.sql}`,
    w.params,
  );
  const documents = await db.query<DocumentRow>(
    `SELECT ${COLUMNS} FROM document d ${w.sql} ORDER BY d.id DESC LIMIT ${limit} OFFSET ${offset}`,
    w.params,
  );
  return { total, documents };
}

/** Values the filters can take, for the UI's selects. */
export async function filterValues(db: Sql) {
  const col = async (sql: string) => (await db.query<{ v: string | number }>(sql)).map((r) => r.v);
  return {
    departments: await col(
      'SELECT DISTINCT department AS v FROM document WHERE department IS NOT NULL ORDER BY 1',
    ),
    years: await col('SELECT DISTINCT year AS v FROM document WHERE year IS NOT NULL ORDER BY 1 DESC'),
    layouts: await col('SELECT DISTINCT layout AS v FROM document WHERE layout IS NOT NULL ORDER BY 1'),
    rules: await col(
      'SELECT DISTINCT f.rule AS v FROM finding f JOIN document d ON d.run_id = f.run_id ORDER BY 1',
    ),
    batches: await db.query<{
      id: number;
      name: string;
      uploader: string;
      createdAt: Date;
      documents: number;
    }>(
      `SELECT b.id, b.name, b.uploader, b.created_at AS "createdAt", count(u.id)::int AS documents
       FROM batch b LEFT JOIN upload u ON u.batch_id = b.id GROUP BY b.id ORDER BY b.id DESC LIMIT 200`,
    ),
  };
}

/** The dashboard over a selection (usually one batch): documents by errors, frequent rules, departments. */
export async function dashboard(db: Sql, f: Filters) {
  const w = where(f);
  const byStatus = await db.query<{ status: string; n: number }>(
    `SELECT d.status, count(*)::int AS n FROM document d ${w.sql} GROUP BY d.status ORDER BY 1`,
    w.params,
  );
  const byErrors = await db.query<{ bucket: string; n: number }>(
    `SELECT CASE WHEN d.errors = 0 THEN '0' WHEN d.errors <= 2 THEN '1–2' WHEN d.errors <= 5 THEN '3–5'
       WHEN d.errors <= 10 THEN '6–10' ELSE '10+' END AS bucket, count(*)::int AS n
     FROM document d ${w.sql}${w.sql ? ' AND' : ' WHERE'} d.errors IS NOT NULL GROUP BY 1 ORDER BY min(d.errors)`,
    w.params,
  );
  const rules = await db.query<{ rule: string; severity: string; findings: number; documents: number }>(
    `SELECT f.rule, f.severity, count(*)::int AS findings, count(DISTINCT f.document_id)::int AS documents
     FROM finding f JOIN document d ON d.run_id = f.run_id ${w.sql}
     GROUP BY f.rule, f.severity ORDER BY documents DESC, findings DESC, f.rule LIMIT 20`,
    w.params,
  );
  const departments = await db.query<{
    department: string;
    documents: number;
    errors: number;
    warnings: number;
  }>(
    `SELECT COALESCE(d.department, '（未识别部门）') AS department, count(*)::int AS documents,
       COALESCE(sum(d.errors), 0)::int AS errors, COALESCE(sum(d.warnings), 0)::int AS warnings
     FROM document d ${w.sql}${w.sql ? ' AND' : ' WHERE'} d.status = 'done'
     GROUP BY 1 HAVING COALESCE(sum(d.errors), 0) > 0 OR COALESCE(sum(d.warnings), 0) > 0
     ORDER BY errors DESC, warnings DESC, 1 LIMIT 30`,
    w.params,
  );
  const worst = await db.query<{ id: number; name: string; department: string | null; errors: number }>(
    `SELECT d.id, d.name, d.department, d.errors FROM document d ${w.sql}${w.sql ? ' AND' : ' WHERE'} d.errors > 0
     ORDER BY d.errors DESC, d.id LIMIT 10`,
    w.params,
  );
  return { byStatus, byErrors, rules, departments, worst };
}

interface FindingKey {
  fingerprint: string;
  rule: string;
  severity: string;
  message: string;
}

/** For every document with two or more runs: the findings its latest run added and the ones it no longer has. */
export async function changes(db: Sql, limit = 200) {
  const pairs = await db.query<{
    documentId: number;
    name: string;
    latest: number;
    previous: number;
    latestVersion: string;
    previousVersion: string;
  }>(
    `SELECT d.id AS "documentId", d.name, r1.id AS latest, r1.version AS "latestVersion",
       r0.id AS previous, r0.version AS "previousVersion"
     FROM document d JOIN run r1 ON r1.id = d.run_id
     JOIN LATERAL (SELECT id, version FROM run WHERE document_id = d.id AND id <> r1.id ORDER BY id DESC LIMIT 1) r0 ON true
     ORDER BY d.id LIMIT ${limit}`,
  );
  const out = [];
  for (const pair of pairs) {
    const load = (run: number) =>
      db.query<FindingKey>('SELECT fingerprint, rule, severity, message FROM finding WHERE run_id = $1', [
        run,
      ]);
    const [now, before] = [await load(pair.latest), await load(pair.previous)];
    const had = new Set(before.map((f) => f.fingerprint));
    const has = new Set(now.map((f) => f.fingerprint));
    out.push({
      ...pair,
      added: now.filter((f) => !had.has(f.fingerprint)),
      removed: before.filter((f) => !has.has(f.fingerprint)),
    });
  }
  return out;
}
