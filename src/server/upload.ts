/**
 * POST /api/documents: multipart, field `file`, repeatable; a zip counts as the files inside it. Each file is
 * typed by its bytes, stored once per sha256, and queued for a check by this gongkai version.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { uploader } from './auth.js';
import type { ServerContext } from './context.js';
import { enqueue } from './queue.js';
import { type Format, LimitError, sniff, unzipFiles } from './sniff.js';
import { type Added, addDocument, createBatch } from './store.js';

interface Rejected {
  name: string;
  reason: string;
}

/** Names are shown, never used as paths: keep the last segment, drop control characters, cap the length. */
export function displayName(raw: string | undefined): string {
  const base = (raw ?? '').split(/[\\/]/).pop() ?? '';
  return (
    base
      .replace(/[\p{C}]/gu, '')
      .trim()
      .slice(0, 200) || '未命名文件'
  );
}

async function receive(req: FastifyRequest, ctx: ServerContext) {
  const files: { name: string; format: Exclude<Format, 'zip'>; bytes: Uint8Array }[] = [];
  const rejected: Rejected[] = [];
  let batchName = '';
  const add = (name: string, bytes: Uint8Array, inZip: boolean) => {
    const format = sniff(bytes);
    if (!format)
      return rejected.push({
        name,
        reason: '不是可识别的公开文件（按内容判断不是 PDF、Word、Excel、网页或文本）',
      });
    if (format === 'zip') {
      if (inZip) return rejected.push({ name, reason: '压缩包里的压缩包不展开' });
      try {
        for (const entry of unzipFiles(bytes, {
          maxEntries: ctx.limits.files,
          maxBytes: ctx.limits.zipBytes,
        }))
          add(displayName(entry.name), entry.bytes, true);
      } catch (e) {
        rejected.push({ name, reason: e instanceof LimitError ? e.message : '压缩包已损坏，无法解压' });
      }
      return;
    }
    if (files.length >= ctx.limits.files)
      return rejected.push({ name, reason: `一次最多上传 ${ctx.limits.files} 个文件` });
    files.push({ name, format, bytes });
  };
  for await (const part of req.parts()) {
    if (part.type === 'field') {
      if (part.fieldname === 'batch') batchName = String(part.value).slice(0, 200);
      continue;
    }
    const name = displayName(part.filename);
    if (part.fieldname !== 'file') {
      await part.toBuffer().catch(() => undefined);
      rejected.push({ name, reason: `字段名应为 file，而不是 ${part.fieldname.slice(0, 40)}` });
      continue;
    }
    add(name, new Uint8Array(await part.toBuffer()), false);
  }
  return { files, rejected, batchName };
}

export function registerUpload(app: FastifyInstance, ctx: ServerContext): void {
  app.post('/api/documents', async (req, reply) => {
    if (!req.isMultipart())
      return reply
        .code(415)
        .send({ error: { code: 'not-multipart', message: '请用 multipart/form-data 上传，字段名 file' } });
    const { files, rejected, batchName } = await receive(req, ctx);
    if (files.length === 0) {
      return reply.code(rejected.length ? 415 : 400).send({
        error: {
          code: 'no-documents',
          message: rejected.length ? '没有可检查的文件' : '没有收到文件（字段名 file）',
        },
        rejected,
      });
    }
    const who = uploader(req);
    const batch = await createBatch(
      ctx.db,
      batchName || `${files[0].name}${files.length > 1 ? ` 等 ${files.length} 个文件` : ''}`,
      who,
    );
    const documents: Added[] = [];
    for (const f of files) documents.push(await addDocument(ctx.db, batch, { ...f, uploader: who }));
    const fresh = documents.filter((d) => !d.duplicate);
    await enqueue(
      ctx.boss,
      fresh.map((d) => ({ documentId: d.id, sha256: d.sha256, version: ctx.version })),
    );
    return reply.code(201).send({
      apiVersion: 1,
      batch,
      documents: documents.map((d) => ({
        id: d.id,
        sha256: d.sha256,
        status: d.status,
        name: d.name,
        duplicate: d.duplicate,
      })),
      rejected,
    });
  });
}
