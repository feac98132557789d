/**
 * The schema, as numbered migrations applied in order and recorded in gongkai_migration. The same statements run
 * on PGlite and on PostgreSQL 15: never edit a landed migration, add the next one.
 */
import type { Db } from './db.js';

interface Migration {
  version: number;
  name: string;
  sql: string;
}

const MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: 'documents, uploads, runs, findings, tables',
    sql: `
CREATE TABLE batch (
  id int GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  name text NOT NULL,
  uploader text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
-- One row per distinct file (sha256): uploading the same bytes again adds an upload, not a document.
CREATE TABLE document (
  id int GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  sha256 text NOT NULL UNIQUE,
  name text NOT NULL,
  format text NOT NULL,
  size int NOT NULL,
  bytes bytea NOT NULL,
  uploader text NOT NULL,
  uploaded_at timestamptz NOT NULL DEFAULT now(),
  status text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'running', 'done', 'failed')),
  error text,
  attempts int NOT NULL DEFAULT 0,
  updated_at timestamptz NOT NULL DEFAULT now(),
  -- The run the status and counts below describe (the latest finished one).
  run_id int,
  version text,
  department text,
  year int,
  layout text,
  kind text,
  errors int,
  warnings int,
  infos int
);
CREATE TABLE upload (
  id int GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  batch_id int NOT NULL REFERENCES batch (id),
  document_id int NOT NULL REFERENCES document (id),
  name text NOT NULL,
  duplicate boolean NOT NULL,
  uploaded_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX upload_batch ON upload (batch_id);
CREATE INDEX upload_document ON upload (document_id);
-- One check of one document by one gongkai version: the unique key makes a re-delivered job a no-op.
CREATE TABLE run (
  id int GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  document_id int NOT NULL REFERENCES document (id),
  version text NOT NULL,
  status text NOT NULL CHECK (status IN ('done', 'failed')),
  error_code text,
  error text,
  started_at timestamptz NOT NULL,
  finished_at timestamptz NOT NULL DEFAULT now(),
  millis int NOT NULL,
  errors int NOT NULL DEFAULT 0,
  warnings int NOT NULL DEFAULT 0,
  infos int NOT NULL DEFAULT 0,
  report text,
  UNIQUE (document_id, version)
);
CREATE TABLE finding (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  run_id int NOT NULL REFERENCES run (id) ON DELETE CASCADE,
  document_id int NOT NULL REFERENCES document (id),
  n int NOT NULL,
  rule text NOT NULL,
  severity text NOT NULL,
  message text NOT NULL,
  table_label text,
  row_label text,
  column_label text,
  page int,
  fingerprint text NOT NULL
);
CREATE INDEX finding_run ON finding (run_id);
CREATE INDEX finding_rule ON finding (rule, severity);
CREATE TABLE extracted_table (
  run_id int NOT NULL REFERENCES run (id) ON DELETE CASCADE,
  n int NOT NULL,
  kind text NOT NULL,
  label text NOT NULL,
  title text NOT NULL,
  unit text NOT NULL,
  rows int NOT NULL,
  data text NOT NULL,
  PRIMARY KEY (run_id, n)
);
CREATE INDEX document_filters ON document (department, year, layout);
`,
  },
];

export const SCHEMA_VERSION_DB = MIGRATIONS[MIGRATIONS.length - 1].version;

/** Apply the migrations this database has not seen. Two processes starting at once: the lock serializes them. */
export async function migrate(db: Db): Promise<number[]> {
  await db.exec(`CREATE TABLE IF NOT EXISTS gongkai_migration (
    version int PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
  return db.transaction(async (tx) => {
    await tx.query('LOCK TABLE gongkai_migration IN EXCLUSIVE MODE');
    const done = new Set(
      (await tx.query<{ version: number }>('SELECT version FROM gongkai_migration')).map((r) => r.version),
    );
    const applied: number[] = [];
    for (const m of MIGRATIONS) {
      if (done.has(m.version)) continue;
      for (const statement of splitStatements(m.sql)) await tx.query(statement);
      await tx.query('INSERT INTO gongkai_migration (version, name) VALUES ($1, $2)', [m.version, m.name]);
      applied.push(m.version);
    }
    return applied;
  });
}

/** Our migrations hold no semicolons inside literals or bodies, so splitting at `;` line ends is exact. */
function splitStatements(sql: string): string[] {
  return sql
    .split(/;\s*\n/)
    .map((s) => s.replace(/^\s*--.*$/gm, '').trim())
    .filter((s) => s.length > 0);
}
