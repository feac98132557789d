/** What every route needs: the database, the queue, the access token, the limits and gongkai's version. */
import type { PgBoss } from 'pg-boss';
import type { Access } from './auth.js';
import type { Db } from './db.js';

export interface Limits {
  /** Largest single upload (a file, or a zip as sent). */
  uploadBytes: number;
  /** Files in one request, counting the files inside zips. */
  files: number;
  /** Uncompressed bytes of one zip. */
  zipBytes: number;
  /** Pages of one PDF. */
  pages: number;
}

export const DEFAULT_LIMITS: Limits = {
  uploadBytes: 100 * 1024 * 1024,
  files: 2000,
  zipBytes: 1024 * 1024 * 1024,
  pages: 500,
};

export interface ServerContext {
  db: Db;
  boss: PgBoss;
  access: Access;
  limits: Limits;
  version: string;
}
