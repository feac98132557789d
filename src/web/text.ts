/** The UI's words for the API's codes. */

export const STATUS: Record<string, string> = {
  queued: '排队中',
  running: '检查中',
  done: '已完成',
  failed: '失败',
};

export const SEVERITY: Record<string, string> = { error: '错误', warning: '警告', info: '提示' };

export const KIND: Record<string, string> = { budget: '预算', 'final-account': '决算', unknown: '未识别' };

export function size(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1048576) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1048576).toFixed(1)} MB`;
}

export function when(iso: string): string {
  const d = new Date(iso);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}
