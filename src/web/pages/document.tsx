/**
 * One document: what it is, where its check stands (refreshing while it runs), its findings, and the links to
 * the full HTML report page (tables with the wrong cells marked) and the downloads.
 */
import type { DocumentDetail, Finding } from '../api.js';
import { KIND, SEVERITY, STATUS, size, when } from '../text.js';
import { useData } from '../use-data.js';

function where(f: Finding): string {
  const l = f.location;
  const parts = [l.table, l.row, l.column, l.section].filter(Boolean);
  if (l.page) parts.push(`第 ${l.page} 页`);
  else if (l.line) parts.push(`第 ${l.line} 行`);
  return parts.join(' · ');
}

export function DocumentPage({ id }: { id: number }) {
  const { data: d, error } = useData<DocumentDetail>(
    `/api/documents/${id}`,
    (x) => x.status === 'queued' || x.status === 'running',
  );
  if (error) return <p className="error">{error}</p>;
  if (!d) return <p>正在读取…</p>;
  const base = `/api/documents/${id}`;
  return (
    <section>
      <h1>{d.name}</h1>
      <dl className="facts">
        <dt>状态</dt>
        <dd className={`status ${d.status}`} id="doc-status" data-status={d.status}>
          {STATUS[d.status] ?? d.status}
          {d.attempts > 1 && `（第 ${d.attempts} 次尝试）`}
        </dd>
        {d.error && (
          <>
            <dt>原因</dt>
            <dd className="error">{d.error}</dd>
          </>
        )}
        <dt>部门</dt>
        <dd>{d.department ?? '—'}</dd>
        <dt>年度 / 类型</dt>
        <dd>
          {d.year ?? '—'} {d.kind ? (KIND[d.kind] ?? d.kind) : ''} {d.layout ? `（${d.layout}）` : ''}
        </dd>
        <dt>问题</dt>
        <dd>
          {d.status === 'done'
            ? `错误 ${d.errors ?? 0} 个，警告 ${d.warnings ?? 0} 个，提示 ${d.infos ?? 0} 个`
            : '—'}
        </dd>
        <dt>文件</dt>
        <dd>
          {d.format.toUpperCase()}，{size(d.size)}，sha256 <code>{d.sha256.slice(0, 16)}…</code>
        </dd>
        <dt>上传</dt>
        <dd>
          {d.uploader}，{when(d.uploadedAt)}
        </dd>
        {d.version && (
          <>
            <dt>检查版本</dt>
            <dd>gongkai {d.version}</dd>
          </>
        )}
      </dl>
      {d.status === 'done' && (
        <p className="links">
          <a href={`/documents/${id}`} className="primary" id="open-report">
            打开检查报告
          </a>
          <a href={`${base}/report.html`}>下载 HTML 报告</a>
          <a href={`${base}/report.xlsx`}>下载 Excel</a>
          <a href={`${base}/report.json`}>下载 JSON</a>
        </p>
      )}
      {d.report && d.report.findings.length > 0 && (
        <>
          <h2>发现的问题（{d.report.findings.length}）</h2>
          <table className="list findings">
            <thead>
              <tr>
                <th>级别</th>
                <th>位置</th>
                <th>说明</th>
                <th>规则</th>
              </tr>
            </thead>
            <tbody>
              {d.report.findings.map((f) => (
                <tr key={f.id} className={f.severity}>
                  <td className={`severity ${f.severity}`}>{SEVERITY[f.severity] ?? f.severity}</td>
                  <td>{where(f)}</td>
                  <td>{f.message}</td>
                  <td>
                    <code>{f.rule}</code>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
