/**
 * The server's JSON API (docs/api.md) as the UI uses it. The login cookie travels with every same-origin request;
 * a 401 sends the user to the login page and keeps where they were.
 */

export interface DocumentRow {
  id: number;
  sha256: string;
  name: string;
  format: string;
  size: number;
  uploader: string;
  uploadedAt: string;
  status: 'queued' | 'running' | 'done' | 'failed';
  error: string | null;
  attempts: number;
  version: string | null;
  department: string | null;
  year: number | null;
  layout: string | null;
  kind: string | null;
  errors: number | null;
  warnings: number | null;
  infos: number | null;
  updatedAt: string;
}

export interface Finding {
  id: number;
  rule: string;
  severity: 'error' | 'warning' | 'info';
  message: string;
  location: { table?: string; row?: string; column?: string; section?: string; page?: number; line?: number };
}

export interface DocumentDetail extends DocumentRow {
  report?: { findings: Finding[]; tables: unknown[]; summary: { identities: { evaluated: number } } };
}

export interface Batch {
  id: number;
  name: string;
  uploader: string;
  createdAt: string;
  documents: number;
}

export interface FilterValues {
  departments: string[];
  years: number[];
  layouts: string[];
  rules: string[];
  batches: Batch[];
}

export interface Dashboard {
  byStatus: { status: string; n: number }[];
  byErrors: { bucket: string; n: number }[];
  rules: { rule: string; severity: string; findings: number; documents: number }[];
  departments: { department: string; documents: number; errors: number; warnings: number }[];
  worst: { id: number; name: string; department: string | null; errors: number }[];
}

export interface ChangedFinding {
  fingerprint: string;
  rule: string;
  severity: string;
  message: string;
}

export interface Change {
  documentId: number;
  name: string;
  latestVersion: string;
  previousVersion: string;
  added: ChangedFinding[];
  removed: ChangedFinding[];
}

export interface Uploaded {
  batch: number;
  documents: { id: number; sha256: string; status: string; name: string; duplicate: boolean }[];
  rejected?: { name: string; reason: string }[];
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function toLogin(): never {
  const here = location.pathname + location.search;
  location.assign(`/login?next=${encodeURIComponent(here)}`);
  throw new ApiError(401, '需要登录');
}

async function messageOf(res: Response): Promise<string> {
  try {
    const body = (await res.json()) as { error?: { message?: string } };
    return body.error?.message ?? `请求失败（${res.status}）`;
  } catch {
    return `请求失败（${res.status}）`;
  }
}

export async function getJson<T>(path: string): Promise<T> {
  const res = await fetch(path, { headers: { Accept: 'application/json' } });
  if (res.status === 401) toLogin();
  if (!res.ok) throw new ApiError(res.status, await messageOf(res));
  return (await res.json()) as T;
}

export async function postJson<T>(path: string, body: unknown): Promise<T> {
  const res = await fetch(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify(body ?? {}),
  });
  // Reads may be open while writes need the token: say what to do, not the API's words for programs.
  if (res.status === 401 && path !== '/api/login') throw new ApiError(401, NEED_LOGIN);
  if (!res.ok) throw new ApiError(res.status, await messageOf(res));
  return (await res.json()) as T;
}

const NEED_LOGIN = '需要登录：请点右上角的“登录”，输入访问令牌后再试';

/** The upload, with progress: fetch cannot report how much of a request body has been sent, XHR can. */
export function upload(
  files: File[],
  batch: string,
  onProgress: (sent: number, total: number) => void,
): Promise<Uploaded> {
  const form = new FormData();
  if (batch) form.append('batch', batch);
  for (const f of files) form.append('file', f, f.name);
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/documents');
    xhr.responseType = 'json';
    xhr.upload.onprogress = (e) => onProgress(e.loaded, e.total);
    xhr.onerror = () => reject(new ApiError(0, '网络错误：上传没有完成'));
    xhr.onload = () => {
      const body = xhr.response as (Uploaded & { error?: { message: string } }) | null;
      if (xhr.status === 401) return reject(new ApiError(401, NEED_LOGIN));
      if (xhr.status === 201 || (xhr.status === 415 && body?.rejected)) return resolve(body as Uploaded);
      reject(new ApiError(xhr.status, body?.error?.message ?? `上传失败（${xhr.status}）`));
    };
    xhr.send(form);
  });
}

/** Query string of the non-empty filters. */
export function query(params: Record<string, string | number | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
}
