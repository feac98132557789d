/**
 * 文件列表: every document with its status and counts, newest first, filtered by department, year, layout, rule,
 * severity, status, batch and name. The filters live in the address, so a link from the dashboard is a filter
 * and the export downloads exactly what is shown.
 */
import type { DocumentRow, FilterValues } from '../api.js';
import { query } from '../api.js';
import { Link, navigate, useLocation } from '../router.js';
import { KIND, SEVERITY, STATUS, when } from '../text.js';
import { useData } from '../use-data.js';

const KEYS = ['department', 'year', 'layout', 'rule', 'severity', 'status', 'batch', 'q'] as const;
type Key = (typeof KEYS)[number];
const PAGE = 100;

function Select(props: {
  name: Key;
  label: string;
  value: string;
  options: { value: string; label: string }[];
  onChange: (k: Key, v: string) => void;
}) {
  return (
    <label>
      {props.label}
      <select
        name={props.name}
        value={props.value}
        onChange={(e) => props.onChange(props.name, e.target.value)}
      >
        <option value="">全部</option>
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}

const plain = (xs: (string | number)[]) => xs.map((x) => ({ value: String(x), label: String(x) }));
const coded = (m: Record<string, string>) => Object.entries(m).map(([value, label]) => ({ value, label }));

export function DocumentsPage() {
  const { search } = useLocation();
  const filters = Object.fromEntries(KEYS.map((k) => [k, search.get(k) ?? ''])) as Record<Key, string>;
  const offset = Number(search.get('offset') ?? 0) || 0;
  const qs = query({ ...filters, offset: offset || undefined, limit: PAGE });
  const values = useData<FilterValues>('/api/filters');
  const list = useData<{ total: number; documents: DocumentRow[] }>(`/api/documents${qs}`, (d) =>
    d.documents.some((x) => x.status === 'queued' || x.status === 'running'),
  );
  const set = (k: Key, v: string) => navigate(`/${query({ ...filters, [k]: v })}`, true);
  const v = values.data;
  const total = list.data?.total ?? 0;
  return (
    <section>
      <h1>文件列表</h1>
      <form className="filters" onSubmit={(e) => e.preventDefault()}>
        <Select
          name="department"
          label="部门"
          value={filters.department}
          options={plain(v?.departments ?? [])}
          onChange={set}
        />
        <Select
          name="year"
          label="年度"
          value={filters.year}
          options={plain(v?.years ?? [])}
          onChange={set}
        />
        <Select
          name="layout"
          label="版式"
          value={filters.layout}
          options={plain(v?.layouts ?? [])}
          onChange={set}
        />
        <Select
          name="rule"
          label="规则"
          value={filters.rule}
          options={plain(v?.rules ?? [])}
          onChange={set}
        />
        <Select
          name="severity"
          label="问题级别"
          value={filters.severity}
          options={coded(SEVERITY)}
          onChange={set}
        />
        <Select name="status" label="状态" value={filters.status} options={coded(STATUS)} onChange={set} />
        <Select
          name="batch"
          label="批次"
          value={filters.batch}
          options={(v?.batches ?? []).map((b) => ({
            value: String(b.id),
            label: `#${b.id} ${b.name}（${b.documents} 个）`,
          }))}
          onChange={set}
        />
        <label>
          文件名
          <input
            name="q"
            type="search"
            defaultValue={filters.q}
            onKeyDown={(e) => {
              if (e.key === 'Enter') set('q', e.currentTarget.value.trim());
            }}
            onBlur={(e) => {
              if (e.currentTarget.value.trim() !== filters.q) set('q', e.currentTarget.value.trim());
            }}
          />
        </label>
      </form>
      <p className="summary">
        共 {total} 个文件
        {' · '}
        <a href={`/api/export.xlsx${query(filters)}`} download>
          导出问题清单（Excel）
        </a>
        {' · '}
        <Link to="/upload">上传文件</Link>
      </p>
      {list.error && <p className="error">{list.error}</p>}
      <table className="list documents">
        <thead>
          <tr>
            <th>编号</th>
            <th>文件</th>
            <th>部门</th>
            <th>年度</th>
            <th>类型</th>
            <th>状态</th>
            <th>错误</th>
            <th>警告</th>
            <th>上传</th>
          </tr>
        </thead>
        <tbody>
          {list.data?.documents.map((d) => (
            <tr key={d.id} data-status={d.status}>
              <td className="num">{d.id}</td>
              <td>
                <Link to={`/doc/${d.id}`}>{d.name}</Link>
              </td>
              <td>{d.department ?? ''}</td>
              <td>{d.year ?? ''}</td>
              <td>{d.kind ? (KIND[d.kind] ?? d.kind) : ''}</td>
              <td className={`status ${d.status}`} title={d.error ?? undefined}>
                {STATUS[d.status] ?? d.status}
              </td>
              <td className={`num errors${d.errors ? ' bad' : ''}`}>{d.errors ?? ''}</td>
              <td className="num">{d.warnings ?? ''}</td>
              <td>
                {d.uploader} {when(d.uploadedAt)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {list.data && list.data.documents.length === 0 && <p>没有符合条件的文件。</p>}
      {total > PAGE && (
        <p className="pager">
          {offset > 0 && (
            <Link to={`/${query({ ...filters, offset: Math.max(0, offset - PAGE) || undefined })}`}>
              上一页
            </Link>
          )}
          <span>
            第 {offset + 1}–{Math.min(offset + PAGE, total)} 个
          </span>
          {offset + PAGE < total && (
            <Link to={`/${query({ ...filters, offset: offset + PAGE })}`}>下一页</Link>
          )}
        </p>
      )}
    </section>
  );
}
