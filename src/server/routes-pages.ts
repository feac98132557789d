/**
 * Pages: GET /documents/:id is the document's HTML report — exactly what `gongkai check --format html` writes,
 * with a thin bar of links on top — or, while it is being checked or when it failed, a short status page.
 * Everything else is the React UI built by Vite into dist/web.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { esc, htmlPage } from '../model/html.js';
import type { DocumentReport } from '../report/types.js';
import type { ServerContext } from './context.js';
import { getDocument, getReportText } from './queries.js';
import { APP_CSP, inlineCsp } from './security.js';

/** dist/web beside dist/server, or beside src/server when run from source. */
export const WEB_ROOT = fileURLToPath(new URL('../../dist/web/', import.meta.url));

const BAR_STYLE = `.gk-bar{position:sticky;top:0;z-index:10;display:flex;gap:1.2em;align-items:center;padding:.5em 1em;background:#1f3a5f;color:#fff;font:14px system-ui,"Noto Sans CJK SC",sans-serif}.gk-bar a{color:#fff}.gk-bar .gk-name{font-weight:600;margin-right:auto}`;

function bar(id: number, name: string): string {
  const base = `/api/documents/${id}`;
  return `<nav class="gk-bar" aria-label="gongkai"><a href="/">← 文件列表</a><span class="gk-name">${esc(name)}</span><a href="${base}/report.html">下载 HTML 报告</a><a href="${base}/report.xlsx">下载 Excel</a><a href="${base}/report.json">下载 JSON</a></nav>`;
}

/** The report with the bar: one <style> more in <head>, the bar first in <body>. */
export function withBar(html: string, id: number, name: string): string {
  return html
    .replace('</head>', () => `<style>${BAR_STYLE}</style>\n</head>`)
    .replace(/<body[^>]*>/, (m) => `${m}\n${bar(id, name)}`);
}

const STATUS_TEXT: Record<string, string> = {
  queued: '排队等待检查',
  running: '正在检查',
  failed: '检查失败',
};

function statusPage(id: number, name: string, status: string, error: string | null): string {
  const waiting = status === 'queued' || status === 'running';
  return htmlPage(
    `${name} ${STATUS_TEXT[status] ?? status}`,
    `${BAR_STYLE}body{margin:0}main{padding:2em;font:16px system-ui,"Noto Sans CJK SC",sans-serif}.error{color:#a40000;white-space:pre-wrap}`,
    `${bar(id, name)}<main><h1 id="status" data-status="${esc(status)}">${STATUS_TEXT[status] ?? esc(status)}</h1>
${error ? `<p class="error">${esc(error)}</p>` : ''}${waiting ? '<p>页面每 2 秒自动刷新。</p>' : ''}</main>`,
    waiting ? '<meta http-equiv="refresh" content="2">' : '',
  );
}

/** The UI's own paths (src/web/main.tsx); /doc/:id is the UI's page of a document, /documents/:id its report. */
const SPA_ROUTES = ['/', '/login', '/dashboard', '/changes', '/upload', '/doc/:id'];

export async function registerPages(app: FastifyInstance, ctx: ServerContext): Promise<void> {
  app.get('/documents/:id', async (req, reply) => {
    const raw = (req.params as { id: string }).id;
    const doc = /^\d{1,9}$/.test(raw) ? await getDocument(ctx.db, Number(raw)) : undefined;
    if (!doc) return reply.code(404).type('text/plain; charset=utf-8').send('没有这个文件');
    const text = doc.status === 'done' ? await getReportText(ctx.db, doc.id) : undefined;
    let html: string;
    if (text) {
      const { renderHtml } = await import('../report/html.js');
      html = withBar(renderHtml(JSON.parse(text) as DocumentReport), doc.id, doc.name);
    } else {
      html = statusPage(doc.id, doc.name, doc.status, doc.error);
    }
    return reply
      .type('text/html; charset=utf-8')
      .header('Content-Security-Policy', inlineCsp(html))
      .send(html);
  });

  const built = existsSync(`${WEB_ROOT}index.html`);
  if (built) {
    await app.register(fastifyStatic, {
      root: `${WEB_ROOT}assets`,
      prefix: '/assets/',
      immutable: true,
      maxAge: '365d',
      index: false,
      list: false,
      dotfiles: 'deny',
    });
  }
  const index = built ? await readFile(`${WEB_ROOT}index.html`, 'utf8') : undefined;
  for (const path of SPA_ROUTES) {
    app.get(path, async (_req, reply) => {
      if (!index)
        return reply.code(503).type('text/plain; charset=utf-8').send('界面尚未构建：请运行 npm run build');
      return reply
        .type('text/html; charset=utf-8')
        .header('Content-Security-Policy', APP_CSP)
        .header('Cache-Control', 'no-cache')
        .send(index);
    });
  }
}
