/**
 * 概览 over a batch (or everything): documents by number of errors, the most frequent rules, the departments with
 * problems and the documents with the most errors. Each figure links to the list filtered to it.
 */
import type { Dashboard, FilterValues } from '../api.js';
import { query } from '../api.js';
import { Link, navigate, useLocation } from '../router.js';
import { SEVERITY, STATUS } from '../text.js';
import { useData } from '../use-data.js';

/** A bar as a <meter>: no inline style, which the CSP forbids. */
function Bar({ value, max }: { value: number; max: number }) {
  return <meter className="bar-meter" min={0} max={Math.max(max, 1)} value={value} />;
}

export function DashboardPage() {
  const { search } = useLocation();
  const batch = search.get('batch') ?? '';
  const values = useData<FilterValues>('/api/filters');
  const { data: d, error } = useData<Dashboard>(`/api/dashboard${query({ batch })}`, (x) =>
    x.byStatus.some((s) => s.status === 'queued' || s.status === 'running'),
  );
  const maxErr = Math.max(0, ...(d?.byErrors.map((b) => b.n) ?? []));
  const maxRule = Math.max(0, ...(d?.rules.map((r) => r.documents) ?? []));
  return (
    <section>
      <h1>概览</h1>
      <form className="filters" onSubmit={(e) => e.preventDefault()}>
        <label>
          批次
          <select
            name="batch"
            value={batch}
            onChange={(e) => navigate(`/dashboard${query({ batch: e.target.value })}`, true)}
          >
            <option value="">全部文件</option>
            {values.data?.batches.map((b) => (
              <option key={b.id} value={b.id}>
                #{b.id} {b.name}（{b.documents} 个，{b.uploader}）
              </option>
            ))}
          </select>
        </label>
      </form>
      {error && <p className="error">{error}</p>}
      {d && (
        <div className="grid">
          <article>
            <h2>状态</h2>
            <ul className="counts">
              {d.byStatus.map((s) => (
                <li key={s.status}>
                  <Link to={`/${query({ batch, status: s.status })}`}>
                    {STATUS[s.status] ?? s.status} <strong>{s.n}</strong>
                  </Link>
                </li>
              ))}
            </ul>
          </article>
          <article>
            <h2>按错误数分组的文件</h2>
            <table className="list">
              <tbody>
                {d.byErrors.map((b) => (
                  <tr key={b.bucket}>
                    <th>{b.bucket} 个错误</th>
                    <td>
                      <Bar value={b.n} max={maxErr} />
                    </td>
                    <td className="num">{b.n}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </article>
          <article>
            <h2>最常见的问题</h2>
            <table className="list">
              <thead>
                <tr>
                  <th>规则</th>
                  <th>级别</th>
                  <th>文件</th>
                  <th>问题数</th>
                </tr>
              </thead>
              <tbody>
                {d.rules.map((r) => (
                  <tr key={`${r.rule}-${r.severity}`}>
                    <td>
                      <Link to={`/${query({ batch, rule: r.rule })}`}>
                        <code>{r.rule}</code>
                      </Link>
                    </td>
                    <td className={`severity ${r.severity}`}>{SEVERITY[r.severity] ?? r.severity}</td>
                    <td>
                      <Bar value={r.documents} max={maxRule} /> {r.documents}
                    </td>
                    <td className="num">{r.findings}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </article>
          <article>
            <h2>有问题的部门</h2>
            <table className="list">
              <thead>
                <tr>
                  <th>部门</th>
                  <th>文件</th>
                  <th>错误</th>
                  <th>警告</th>
                </tr>
              </thead>
              <tbody>
                {d.departments.map((x) => (
                  <tr key={x.department}>
                    <td>
                      <Link to={`/${query({ batch, department: x.department })}`}>{x.department}</Link>
                    </td>
                    <td className="num">{x.documents}</td>
                    <td className="num">{x.errors}</td>
                    <td className="num">{x.warnings}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </article>
          <article>
            <h2>错误最多的文件</h2>
            <ol>
              {d.worst.map((w) => (
                <li key={w.id}>
                  <a href={`/documents/${w.id}`}>{w.name}</a> {w.department ? `（${w.department}）` : ''}：
                  {w.errors} 个错误
                </li>
              ))}
            </ol>
          </article>
        </div>
      )}
      <p>
        <a href={`/api/export.xlsx${query({ batch })}`} download>
          导出问题清单（Excel）
        </a>
      </p>
    </section>
  );
}
