/**
 * Writing what the server keeps: uploads (bytes + sha256, the same file twice is one document), and each run of a
 * check with its findings and extracted tables. Saving a run is keyed by (document, gongkai version), so a job
 * delivered twice — the queue is at-least-once — stores one run.
 */
import { createHash } from 'node:crypto';
import type { DocumentReport } from '../report/types.js';
import type { CheckResult } from './check-pool.js';
import type { Db, Sql } from './db.js';
import type { Format } from './sniff.js';

export type Status = 'queued' | 'running' | 'done' | 'failed';

export interface Added {
  id: number;
  sha256: string;
  status: Status;
  name: string;
  duplicate: boolean;
}

export async function createBatch(db: Sql, name: string, uploader: string): Promise<number> {
  const [row] = await db.query<{ id: number }>(
    'INSERT INTO batch (name, uploader) VALUES ($1, $2) RETURNING id',
    [name, uploader],
  );
  return row.id;
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export async function addDocument(
  db: Db,
  batchId: number,
  file: { name: string; format: Exclude<Format, 'zip'>; bytes: Uint8Array; uploader: string },
): Promise<Added> {
  const hash = sha256(file.bytes);
  return db.transaction(async (tx) => {
    const inserted = await tx.query<{ id: number; status: Status }>(
      `INSERT INTO document (sha256, name, format, size, bytes, uploader) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (sha256) DO NOTHING RETURNING id, status`,
      [hash, file.name, file.format, file.bytes.length, file.bytes, file.uploader],
    );
    const duplicate = inserted.length === 0;
    const [doc] = duplicate
      ? await tx.query<{ id: number; status: Status }>('SELECT id, status FROM document WHERE sha256 = $1', [
          hash,
        ])
      : inserted;
    await tx.query('INSERT INTO upload (batch_id, document_id, name, duplicate) VALUES ($1, $2, $3, $4)', [
      batchId,
      doc.id,
      file.name,
      duplicate,
    ]);
    return { id: doc.id, sha256: hash, status: doc.status, name: file.name, duplicate };
  });
}

export interface ToCheck {
  id: number;
  sha256: string;
  name: string;
  format: string;
  bytes: Uint8Array;
}

/** Null when this version already has a run of the document (a re-delivered job): nothing to do. */
export async function startCheck(db: Db, id: number, version: string): Promise<ToCheck | null> {
  const done = await db.query('SELECT 1 FROM run WHERE document_id = $1 AND version = $2', [id, version]);
  if (done.length > 0) return null;
  await db.query(
    `UPDATE document SET status = 'running', attempts = attempts + 1, updated_at = now() WHERE id = $1`,
    [id],
  );
  const [row] = await db.query<ToCheck>(
    'SELECT id, sha256, name, format, bytes FROM document WHERE id = $1',
    [id],
  );
  return row ?? null;
}

/** A failed attempt that the queue will retry: keep the reason so the UI can show it meanwhile. */
export async function noteAttemptError(db: Sql, id: number, message: string): Promise<void> {
  await db.query(`UPDATE document SET status = 'queued', error = $2, updated_at = now() WHERE id = $1`, [
    id,
    message.slice(0, 2000),
  ]);
}

/** The queue gave up (three attempts): the document is failed, with the last reason we know. */
export async function markFailed(db: Sql, id: number, fallback: string): Promise<void> {
  await db.query(
    `UPDATE document SET status = 'failed', error = COALESCE(error, $2), updated_at = now()
     WHERE id = $1 AND status <> 'done'`,
    [id, fallback],
  );
}

export function fingerprint(f: DocumentReport['findings'][number]): string {
  const l = f.location;
  return [f.rule, l.table, l.row, l.column, l.section, l.sentence].map((p) => p ?? '').join('|');
}

const FINDING_COLUMNS = 11;

async function insertFindings(tx: Sql, runId: number, documentId: number, report: DocumentReport) {
  const rows = report.findings.map((f) => [
    runId,
    documentId,
    f.id,
    f.rule,
    f.severity,
    f.message,
    f.location.table ?? null,
    f.location.row ?? null,
    f.location.column ?? f.location.section ?? null,
    f.location.page ?? null,
    fingerprint(f),
  ]);
  // Chunks keep every statement far below PostgreSQL's 65535 parameters.
  for (let i = 0; i < rows.length; i += 400) {
    const chunk = rows.slice(i, i + 400);
    const values = chunk
      .map(
        (_, r) =>
          `(${Array.from({ length: FINDING_COLUMNS }, (_, c) => `$${r * FINDING_COLUMNS + c + 1}`).join(', ')})`,
      )
      .join(', ');
    await tx.query(
      `INSERT INTO finding (run_id, document_id, n, rule, severity, message, table_label, row_label, column_label, page, fingerprint)
       VALUES ${values}`,
      chunk.flat(),
    );
  }
}

async function insertTables(tx: Sql, runId: number, report: DocumentReport) {
  for (const [n, t] of report.tables.entries()) {
    await tx.query(
      `INSERT INTO extracted_table (run_id, n, kind, label, title, unit, rows, data) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [runId, n, t.kind, t.label, t.title, t.unit, t.rows.length, JSON.stringify(t)],
    );
  }
}

/** Store one finished run and point the document at it. Returns false when another delivery stored it first. */
export async function saveRun(
  db: Db,
  documentId: number,
  version: string,
  startedAt: Date,
  result: CheckResult,
): Promise<boolean> {
  return db.transaction(async (tx) => {
    const report = result.ok ? (JSON.parse(result.report) as DocumentReport) : undefined;
    const counts = report?.summary.findings ?? { error: 0, warning: 0, info: 0 };
    const inserted = await tx.query<{ id: number }>(
      `INSERT INTO run (document_id, version, status, error_code, error, started_at, millis, errors, warnings, infos, report)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
       ON CONFLICT (document_id, version) DO NOTHING RETURNING id`,
      [
        documentId,
        version,
        result.ok ? 'done' : 'failed',
        result.ok ? null : result.code,
        result.ok ? null : result.message,
        startedAt,
        result.millis,
        counts.error,
        counts.warning,
        counts.info,
        result.ok ? result.report : null,
      ],
    );
    if (inserted.length === 0) return false;
    const runId = inserted[0].id;
    if (report) {
      await insertFindings(tx, runId, documentId, report);
      await insertTables(tx, runId, report);
    }
    const d = report?.document;
    await tx.query(
      `UPDATE document SET status = $2, error = $3, run_id = $4, version = $5, department = $6, year = $7,
         layout = $8, kind = $9, errors = $10, warnings = $11, infos = $12, updated_at = now()
       WHERE id = $1`,
      [
        documentId,
        result.ok ? 'done' : 'failed',
        result.ok ? null : result.message,
        runId,
        version,
        d?.department ?? null,
        d?.year ?? null,
        d?.layout ?? null,
        d?.kind ?? null,
        report ? counts.error : null,
        report ? counts.warning : null,
        report ? counts.info : null,
      ],
    );
    return true;
  });
}
