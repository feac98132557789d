/**
 * The access token. GONGKAI_TOKEN when set (and then reading needs it too); otherwise one generated at first
 * start, printed once and kept in the data folder (then only writes need it). Programs send
 * `Authorization: Bearer …`; the browser UI logs in once and carries it in an HttpOnly, SameSite=Strict cookie,
 * and a write carried by the cookie must also come from our own origin.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { FastifyReply, FastifyRequest } from 'fastify';

export const COOKIE = 'gongkai_token';
export const USER_COOKIE = 'gongkai_user';

export interface Access {
  token: string;
  protectReads: boolean;
  /** Where the token came from, for the start-up message. */
  source: 'env' | 'file' | 'generated';
}

export async function resolveAccess(dataDir: string, env = process.env): Promise<Access> {
  const fromEnv = env.GONGKAI_TOKEN?.trim();
  if (fromEnv) return { token: fromEnv, protectReads: true, source: 'env' };
  const file = join(dataDir, 'token');
  try {
    const token = (await readFile(file, 'utf8')).trim();
    if (token) return { token, protectReads: false, source: 'file' };
  } catch {}
  const token = randomBytes(24).toString('base64url');
  await writeFile(file, `${token}\n`, { mode: 0o600, flag: 'wx' }).catch(async (e) => {
    // Another process created it first: use theirs.
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
  });
  const kept = (await readFile(file, 'utf8')).trim();
  return { token: kept, protectReads: false, source: kept === token ? 'generated' : 'file' };
}

function same(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export function cookies(req: FastifyRequest): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const i = part.indexOf('=');
    if (i < 0) continue;
    try {
      out[part.slice(0, i).trim()] = decodeURIComponent(part.slice(i + 1).trim());
    } catch {}
  }
  return out;
}

/** How the request proves the token: 'bearer', 'cookie', or undefined (not at all, or wrongly). */
export function credential(req: FastifyRequest, access: Access): 'bearer' | 'cookie' | undefined {
  const header = req.headers.authorization;
  if (header?.startsWith('Bearer ')) return same(header.slice(7).trim(), access.token) ? 'bearer' : undefined;
  const cookie = cookies(req)[COOKIE];
  return cookie && same(cookie, access.token) ? 'cookie' : undefined;
}

/** A cookie-carried write from another site (CSRF) is refused even though the browser attached the cookie. */
function sameOrigin(req: FastifyRequest): boolean {
  const site = req.headers['sec-fetch-site'];
  if (site && site !== 'same-origin' && site !== 'none') return false;
  const origin = req.headers.origin;
  return !origin || origin === `${req.protocol}://${req.headers.host}`;
}

// /api/session only says whether the request carries the token: the login page asks it before logging in.
const PUBLIC = new Set([
  '/api/health',
  '/api/login',
  '/api/logout',
  '/api/session',
  '/login',
  '/favicon.ico',
]);

export function guard(access: Access) {
  return async (req: FastifyRequest, reply: FastifyReply) => {
    const path = req.url.split('?')[0];
    if (PUBLIC.has(path) || path.startsWith('/assets/')) return;
    const write = req.method !== 'GET' && req.method !== 'HEAD';
    if (!write && !access.protectReads) return;
    const how = credential(req, access);
    if (how === 'cookie' && write && !sameOrigin(req)) {
      return reply.code(403).send({ error: { code: 'cross-site', message: '拒绝来自其他网站的写请求' } });
    }
    if (how) return;
    if (!write && !path.startsWith('/api/')) {
      return reply.redirect(`/login?next=${encodeURIComponent(req.url)}`);
    }
    reply.header('WWW-Authenticate', 'Bearer realm="gongkai"');
    return reply
      .code(401)
      .send({ error: { code: 'unauthorized', message: '需要访问令牌（Authorization: Bearer …）' } });
  };
}

/** Who uploads: the name given at login or in the X-Gongkai-User header, else "令牌用户". */
export function uploader(req: FastifyRequest): string {
  const raw = (req.headers['x-gongkai-user'] as string | undefined) ?? cookies(req)[USER_COOKIE] ?? '';
  let name = raw;
  try {
    name = decodeURIComponent(raw);
  } catch {}
  name = name
    .replace(/[\p{C}]/gu, '')
    .trim()
    .slice(0, 64);
  return name || '令牌用户';
}
