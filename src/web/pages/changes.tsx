/**
 * 版本变化: after an upgrade, re-check every document in one action, then see for each document the findings the
 * new version added and the ones it no longer reports.
 */
import { useState } from 'react';
import type { Change } from '../api.js';
import { postJson } from '../api.js';
import { SEVERITY } from '../text.js';
import { useData } from '../use-data.js';

export function ChangesPage() {
  const { data, error, reload } = useData<{ version: string; documents: Change[] }>('/api/changes');
  const [note, setNote] = useState<string>();
  const recheck = async () => {
    try {
      const r = await postJson<{ version: string; queued: number }>('/api/recheck', {});
      setNote(
        r.queued
          ? `已将 ${r.queued} 个文件加入检查队列（版本 ${r.version}）；检查完成后刷新本页查看变化。`
          : `所有文件都已用版本 ${r.version} 检查过。`,
      );
      reload();
    } catch (e) {
      setNote((e as Error).message);
    }
  };
  return (
    <section>
      <h1>版本变化</h1>
      <p>
        当前版本 gongkai {data?.version ?? '…'}。
        <button type="button" onClick={recheck}>
          用当前版本重新检查
        </button>
        <button type="button" className="link" onClick={reload}>
          刷新
        </button>
      </p>
      {note && <p role="status">{note}</p>}
      {error && <p className="error">{error}</p>}
      {data && data.documents.length === 0 && <p>还没有用两个版本检查过的文件。</p>}
      {data?.documents.map((c) => (
        <article key={c.documentId} className="change">
          <h2>
            <a href={`/documents/${c.documentId}`}>{c.name}</a>
            <small>
              {c.previousVersion} → {c.latestVersion}
            </small>
          </h2>
          {c.added.length === 0 && c.removed.length === 0 && <p>问题没有变化。</p>}
          <ul>
            {c.added.map((f) => (
              <li key={`+${f.fingerprint}`} className="added">
                新增 <span className={`severity ${f.severity}`}>{SEVERITY[f.severity] ?? f.severity}</span>{' '}
                {f.message} <code>{f.rule}</code>
              </li>
            ))}
            {c.removed.map((f) => (
              <li key={`-${f.fingerprint}`} className="removed">
                不再报告{' '}
                <span className={`severity ${f.severity}`}>{SEVERITY[f.severity] ?? f.severity}</span>{' '}
                {f.message} <code>{f.rule}</code>
              </li>
            ))}
          </ul>
        </article>
      ))}
    </section>
  );
}
