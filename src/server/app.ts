/**
 * The HTTP server: fastify with streaming multipart uploads under size limits, the token guard on every request,
 * security headers on every response, errors as JSON without internals.
 */
import fastifyMultipart from '@fastify/multipart';
import Fastify, { type FastifyInstance } from 'fastify';
import { guard } from './auth.js';
import type { ServerContext } from './context.js';
import { registerApi } from './routes-api.js';
import { registerPages } from './routes-pages.js';
import { APP_CSP, commonHeaders } from './security.js';
import { registerUpload } from './upload.js';

export async function buildApp(ctx: ServerContext): Promise<FastifyInstance> {
  const app = Fastify({ logger: false, bodyLimit: 64 * 1024, trustProxy: false });
  await app.register(fastifyMultipart, {
    limits: {
      fileSize: ctx.limits.uploadBytes,
      files: ctx.limits.files,
      fields: 20,
      fieldSize: 4096,
      parts: ctx.limits.files + 20,
    },
  });
  app.addHook('onRequest', async (_req, reply) => {
    commonHeaders(reply);
    reply.header('Content-Security-Policy', APP_CSP);
  });
  app.addHook('onRequest', guard(ctx.access));
  app.setErrorHandler((err, _req, reply) => {
    const e = err as { statusCode?: number; code?: string; message: string };
    if (e.code === 'FST_REQ_FILE_TOO_LARGE' || e.code === 'FST_FILES_LIMIT' || e.code === 'FST_PARTS_LIMIT') {
      const mb = Math.round(ctx.limits.uploadBytes / 1048576);
      return reply.code(413).send({
        error: {
          code: 'too-large',
          message: `上传超过限制（单个文件最大 ${mb} MB，每次最多 ${ctx.limits.files} 个文件）`,
        },
      });
    }
    const status = e.statusCode && e.statusCode >= 400 && e.statusCode < 500 ? e.statusCode : 500;
    if (status === 500) process.stderr.write(`请求出错：${e.message}\n`);
    return reply
      .code(status)
      .send({ error: { code: e.code ?? 'error', message: status === 500 ? '服务器内部错误' : e.message } });
  });
  app.setNotFoundHandler((_req, reply) =>
    reply.code(404).send({ error: { code: 'not-found', message: '没有这个地址' } }),
  );
  registerApi(app, ctx);
  registerUpload(app, ctx);
  await registerPages(app, ctx);
  return app;
}
