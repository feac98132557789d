/**
 * Response headers: a strict Content-Security-Policy (nothing from any other host, no inline code except the
 * report's own script and style, allowed by their hashes), no sniffing, no framing, no referrer.
 */
import { createHash } from 'node:crypto';
import type { FastifyReply } from 'fastify';

const BASE = ["default-src 'none'", "base-uri 'none'", "form-action 'self'", "frame-ancestors 'none'"];

export const APP_CSP = [
  ...BASE,
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
].join('; ');

const hash = (s: string) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;

/** CSP for a self-contained HTML page: its inline <script>s and <style>s by hash, nothing else. */
export function inlineCsp(html: string): string {
  const scripts = [
    ...html.matchAll(/<script(?![^>]*type="application\/json")[^>]*>([\s\S]*?)<\/script>/g),
  ].map((m) => hash(m[1]));
  const styles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => hash(m[1]));
  return [
    ...BASE,
    `script-src ${scripts.join(' ') || "'none'"}`,
    `style-src ${styles.join(' ') || "'none'"}`,
    'img-src data:',
    "connect-src 'none'",
  ].join('; ');
}

export function commonHeaders(reply: FastifyReply): void {
  reply.header('X-Content-Type-Options', 'nosniff');
  reply.header('Referrer-Policy', 'no-referrer');
  reply.header('X-Frame-Options', 'DENY');
  reply.header('Cross-Origin-Opener-Policy', 'same-origin');
  reply.header('Cross-Origin-Resource-Policy', 'same-origin');
}
