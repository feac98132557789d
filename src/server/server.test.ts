/**
 * The HTTP API against a real `gongkai serve`: on the embedded database, and — the same tests — on a PostgreSQL
 * server when DATABASE_URL points at one (.ci/run starts one). One server per database for the whole file.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Running, startServe } from '../../test/kits/server.js';

const example = readFileSync(
  fileURLToPath(new URL('../../examples/example-disclosure.txt', import.meta.url)),
);
const TOKEN = 'test-token-123';
const auth = { Authorization: `Bearer ${TOKEN}` };

async function reachable(url: string | undefined): Promise<boolean> {
  if (!url) return false;
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    // A clean slate for this run: the tests count documents.
    await client.query('DROP SCHEMA IF EXISTS pgboss CASCADE');
    await client.query(
      'DROP TABLE IF EXISTS finding, extracted_table, run, upload, document, batch, gongkai_migration CASCADE',
    );
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

const pgUrl = process.env.GONGKAI_TEST_DATABASE_URL ?? process.env.DATABASE_URL;
const pgUp = await reachable(pgUrl);
if (!pgUp)
  console.warn('server tests: no PostgreSQL reachable (DATABASE_URL) — only the embedded database is tested');

function form(files: { name: string; bytes: Uint8Array | string }[]): FormData {
  const f = new FormData();
  for (const file of files)
    f.append(
      'file',
      new Blob([typeof file.bytes === 'string' ? file.bytes : new Uint8Array(file.bytes)]),
      file.name,
    );
  return f;
}

async function waitDone(base: string, id: number): Promise<Record<string, unknown>> {
  for (;;) {
    const doc = (await (await fetch(`${base}/api/documents/${id}`, { headers: auth })).json()) as Record<
      string,
      unknown
    >;
    if (doc.status === 'done' || doc.status === 'failed') return doc;
    await new Promise((r) => setTimeout(r, 200));
  }
}

const modes = [
  { name: 'embedded PGlite', args: [] as string[], run: true },
  { name: 'PostgreSQL', args: ['--database', pgUrl ?? '', '--workers', '1'], run: pgUp },
];

describe.each(modes)('gongkai serve on $name', ({ args, run }) => {
  let server: Running;
  beforeAll(async () => {
    if (run) server = await startServe(args, { GONGKAI_TOKEN: TOKEN });
  }, 120_000);
  afterAll(async () => {
    await server?.stop();
  });

  it.runIf(run)('checks an upload and serves its JSON report and its HTML report page', async () => {
    const res = await fetch(`${server.url}/api/documents`, {
      method: 'POST',
      headers: auth,
      body: form([{ name: 'example-disclosure.txt', bytes: example }]),
    });
    expect(res.status).toBe(201);
    const body = (await res.json()) as { documents: { id: number; sha256: string; status: string }[] };
    expect(body.documents).toHaveLength(1);
    expect(body.documents[0].sha256).toMatch(/^[0-9a-f]{64}$/);
    const doc = await waitDone(server.url, body.documents[0].id);
    expect(doc.status).toBe('done');
    const report = doc.report as { file: string; summary: { findings: { error: number } } };
    expect(report.file).toBe('example-disclosure.txt');
    expect(report.summary.findings.error).toBeGreaterThan(0);
    expect(doc.errors).toBe(report.summary.findings.error);

    const page = await fetch(`${server.url}/documents/${body.documents[0].id}`, { headers: auth });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
    const html = await page.text();
    expect(html).toContain('class="gk-bar"');
    expect(html).toMatch(/<td[^>]*class="[^"]*\bbad\b[^"]*\bsuspect\b/);

    // The same bytes again are the same document.
    const again = await fetch(`${server.url}/api/documents`, {
      method: 'POST',
      headers: auth,
      body: form([{ name: '另一个名字.txt', bytes: example }]),
    });
    const second = (await again.json()) as { documents: { id: number; duplicate: boolean }[] };
    expect(second.documents[0].id).toBe(body.documents[0].id);
    expect(second.documents[0].duplicate).toBe(true);
  });

  it.runIf(run)('refuses requests without the token, and files that are not documents', async () => {
    expect((await fetch(`${server.url}/api/documents`)).status).toBe(401);
    const anon = await fetch(`${server.url}/api/documents`, {
      method: 'POST',
      body: form([{ name: 'a.txt', bytes: example }]),
    });
    expect(anon.status).toBe(401);
    expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    const res = await fetch(`${server.url}/api/documents`, {
      method: 'POST',
      headers: auth,
      body: form([{ name: '../../etc/passwd', bytes: png }]),
    });
    expect(res.status).toBe(415);
    const body = (await res.json()) as { rejected: { name: string }[] };
    expect(body.rejected[0].name).toBe('passwd');
  });

  it.runIf(run)('lists documents with filters and reports a document it cannot read as failed', async () => {
    const res = await fetch(`${server.url}/api/documents`, {
      method: 'POST',
      headers: auth,
      body: form([{ name: '通知.txt', bytes: '关于做好2024年工作的通知\n各单位：请按时报送。\n' }]),
    });
    const { documents } = (await res.json()) as { documents: { id: number }[] };
    const failed = await waitDone(server.url, documents[0].id);
    expect(failed.status).toBe('failed');
    expect(String(failed.error)).toContain('通知.txt');
    const list = async (q: string) =>
      (
        (await (await fetch(`${server.url}/api/documents?${q}`, { headers: auth })).json()) as {
          total: number;
        }
      ).total;
    expect(await list('')).toBe(2);
    expect(await list('status=failed')).toBe(1);
    expect(await list('severity=error')).toBe(1);
    expect(await list('department=不存在的部门')).toBe(0);
  });

  it.runIf(run)('keeps everything across a restart on the same data folder or database', async () => {
    const list = async () =>
      (await (await fetch(`${server.url}/api/documents`, { headers: auth })).json()) as {
        documents: { id: number; sha256: string; status: string; errors: number | null }[];
      };
    const before = await list();
    await server.stop();
    server = await startServe(args, { GONGKAI_TOKEN: TOKEN }, server.data);
    const after = await list();
    expect(after.documents).toEqual(before.documents);
    const done = before.documents.find((d) => d.status === 'done');
    const doc = (await (
      await fetch(`${server.url}/api/documents/${done?.id}`, { headers: auth })
    ).json()) as {
      report?: { summary: { findings: { error: number } } };
    };
    expect(doc.report?.summary.findings.error).toBe(done?.errors);
  });
});
