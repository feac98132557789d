/**
 * The JSON API (docs/api.md, apiVersion 1): documents, their reports and downloads, the filters' values, the
 * dashboard, the selection's XLSX, re-checking after an upgrade and what changed.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { DocumentReport } from '../report/types.js';
import { COOKIE, credential, USER_COOKIE } from './auth.js';
import type { ServerContext } from './context.js';
import { exportSelection } from './export.js';
import {
  changes,
  dashboard,
  type Filters,
  filterValues,
  getDocument,
  getReportText,
  listDocuments,
} from './queries.js';
import { enqueue } from './queue.js';

export const API_VERSION = 1;

type Query = Record<string, string | undefined>;

const int = (v: string | undefined) => (v !== undefined && /^\d{1,9}$/.test(v) ? Number(v) : undefined);

export function filtersOf(q: Query): Filters {
  const ids = q.ids
    ?.split(',')
    .map((s) => int(s.trim()))
    .filter((n): n is number => n !== undefined);
  return {
    department: q.department || undefined,
    year: int(q.year),
    layout: q.layout || undefined,
    rule: q.rule || undefined,
    severity: ['error', 'warning', 'info'].includes(q.severity ?? '') ? q.severity : undefined,
    status: ['queued', 'running', 'done', 'failed'].includes(q.status ?? '') ? q.status : undefined,
    batch: int(q.batch),
    ids: ids?.length ? ids.slice(0, 10000) : undefined,
    q: q.q?.slice(0, 100) || undefined,
  };
}

function notFound(reply: FastifyReply) {
  return reply.code(404).send({ error: { code: 'not-found', message: '没有这个文件' } });
}

const idOf = (req: FastifyRequest) => int((req.params as { id: string }).id);

/** ASCII fallback plus the UTF-8 name (RFC 6266), so Chinese names download correctly and nothing breaks out. */
export function attachment(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

const stem = (name: string) => name.replace(/\.[^.]{1,5}$/, '');

export function registerApi(app: FastifyInstance, ctx: ServerContext): void {
  app.get('/api/health', async () => ({
    ok: true,
    apiVersion: API_VERSION,
    version: ctx.version,
    database: ctx.db.kind,
    readsNeedToken: ctx.access.protectReads,
  }));

  app.post('/api/login', async (req, reply) => {
    const body = (req.body ?? {}) as { token?: string; name?: string };
    const fake = { headers: { authorization: `Bearer ${String(body.token ?? '')}` } } as FastifyRequest;
    if (!credential(fake, ctx.access))
      return reply.code(401).send({ error: { code: 'bad-token', message: '令牌不正确' } });
    const secure = req.protocol === 'https' ? '; Secure' : '';
    const name = encodeURIComponent(String(body.name ?? '').slice(0, 64));
    reply.header('Set-Cookie', [
      `${COOKIE}=${encodeURIComponent(ctx.access.token)}; Path=/; HttpOnly; SameSite=Strict${secure}`,
      `${USER_COOKIE}=${name}; Path=/; SameSite=Strict${secure}`,
    ]);
    return { ok: true };
  });

  app.post('/api/logout', async (_req, reply) => {
    reply.header('Set-Cookie', [`${COOKIE}=; Path=/; Max-Age=0`, `${USER_COOKIE}=; Path=/; Max-Age=0`]);
    return { ok: true };
  });

  app.get('/api/session', async (req) => ({ loggedIn: credential(req, ctx.access) !== undefined }));

  app.get('/api/documents', async (req) => {
    const q = req.query as Query;
    const limit = Math.min(int(q.limit) ?? 100, 1000);
    const offset = int(q.offset) ?? 0;
    return { apiVersion: API_VERSION, ...(await listDocuments(ctx.db, filtersOf(q), limit, offset)) };
  });

  app.get('/api/documents/:id', async (req, reply) => {
    const id = idOf(req);
    const doc = id === undefined ? undefined : await getDocument(ctx.db, id);
    if (!doc) return notFound(reply);
    const text = doc.status === 'done' ? await getReportText(ctx.db, doc.id) : undefined;
    return { apiVersion: API_VERSION, ...doc, report: text ? JSON.parse(text) : undefined };
  });

  app.get('/api/documents/:id/report.json', async (req, reply) => {
    const id = idOf(req);
    const doc = id === undefined ? undefined : await getDocument(ctx.db, id);
    const text = doc && (await getReportText(ctx.db, doc.id));
    if (!doc || !text) return notFound(reply);
    return reply
      .type('application/json; charset=utf-8')
      .header('Content-Disposition', attachment(`${stem(doc.name)}.检查报告.json`))
      .send(`${text}\n`);
  });

  app.get('/api/documents/:id/report.html', async (req, reply) => {
    const id = idOf(req);
    const doc = id === undefined ? undefined : await getDocument(ctx.db, id);
    const text = doc && (await getReportText(ctx.db, doc.id));
    if (!doc || !text) return notFound(reply);
    const { renderHtml } = await import('../report/html.js');
    return reply
      .type('text/html; charset=utf-8')
      .header('Content-Disposition', attachment(`${stem(doc.name)}.检查报告.html`))
      .send(renderHtml(JSON.parse(text) as DocumentReport));
  });

  app.get('/api/documents/:id/report.xlsx', async (req, reply) => {
    const id = idOf(req);
    const doc = id === undefined ? undefined : await getDocument(ctx.db, id);
    const text = doc && (await getReportText(ctx.db, doc.id));
    if (!doc || !text) return notFound(reply);
    const { exportXlsx } = await import('../report/xlsx.js');
    return reply
      .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .header('Content-Disposition', attachment(`${stem(doc.name)}.表格与问题.xlsx`))
      .send(await exportXlsx(JSON.parse(text) as DocumentReport));
  });

  app.get('/api/filters', async () => ({ apiVersion: API_VERSION, ...(await filterValues(ctx.db)) }));

  app.get('/api/dashboard', async (req) => ({
    apiVersion: API_VERSION,
    ...(await dashboard(ctx.db, filtersOf(req.query as Query))),
  }));

  app.get('/api/export.xlsx', async (req, reply) => {
    const { documents } = await listDocuments(ctx.db, filtersOf(req.query as Query), 5000, 0);
    const docs = [];
    for (const row of documents) {
      const text = row.status === 'done' ? await getReportText(ctx.db, row.id) : undefined;
      docs.push({ row, report: text ? (JSON.parse(text) as DocumentReport) : undefined });
    }
    return reply
      .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .header('Content-Disposition', attachment('gongkai-问题清单.xlsx'))
      .send(await exportSelection(docs));
  });

  // Re-check every document this version has not checked yet (after an upgrade), and the failed ones.
  app.post('/api/recheck', async () => {
    const rows = await ctx.db.query<{ id: number; sha256: string }>(
      `UPDATE document d SET status = 'queued', error = NULL, attempts = 0, updated_at = now()
       WHERE d.status IN ('done', 'failed') AND NOT EXISTS (SELECT 1 FROM run r WHERE r.document_id = d.id AND r.version = $1)
       RETURNING d.id, d.sha256`,
      [ctx.version],
    );
    await enqueue(
      ctx.boss,
      rows.map((r) => ({ documentId: r.id, sha256: r.sha256, version: ctx.version })),
    );
    return { apiVersion: API_VERSION, version: ctx.version, queued: rows.length };
  });

  app.get('/api/changes', async () => ({
    apiVersion: API_VERSION,
    version: ctx.version,
    documents: await changes(ctx.db),
  }));
}
