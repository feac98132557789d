/**
 * 上传: one file, many, or a zip (the server unpacks it), by picking or by dropping. After the upload each file's
 * row follows its job — 排队中 → 检查中 → 已完成 with its counts, or 失败 with the reason — by polling the list.
 */
import { type DragEvent, useState } from 'react';
import { type DocumentRow, query, type Uploaded, upload } from '../api.js';
import { Link } from '../router.js';
import { STATUS, size } from '../text.js';
import { useData } from '../use-data.js';

const fileKey = (f: File) => `${f.name}\u0000${f.size}\u0000${f.lastModified}`;

const pending = (d: { documents: DocumentRow[] }) =>
  d.documents.some((x) => x.status === 'queued' || x.status === 'running');

function Progress({ result }: { result: Uploaded }) {
  const ids = result.documents.map((d) => d.id);
  const { data } = useData<{ documents: DocumentRow[] }>(
    ids.length ? `/api/documents${query({ ids: ids.join(','), limit: 1000 })}` : undefined,
    pending,
  );
  const rows = new Map(data?.documents.map((d) => [d.id, d]));
  const finished = data?.documents.filter((d) => d.status === 'done' || d.status === 'failed').length ?? 0;
  return (
    <section aria-live="polite">
      <h2>
        批次 #{result.batch}：{finished}/{ids.length} 个文件检查完毕
      </h2>
      {ids.length > 0 && <progress className="wide" max={ids.length} value={finished} />}
      <table className="list">
        <thead>
          <tr>
            <th>文件</th>
            <th>状态</th>
            <th>错误</th>
            <th>警告</th>
            <th>说明</th>
          </tr>
        </thead>
        <tbody>
          {result.documents.map((d) => {
            const row = rows.get(d.id);
            const status = row?.status ?? d.status;
            return (
              <tr key={`${d.id}-${d.name}`} data-status={status} className="upload-row">
                <td>
                  <Link to={`/doc/${d.id}`}>{d.name}</Link>
                </td>
                <td className={`status ${status}`}>{STATUS[status] ?? status}</td>
                <td className="num errors">{row?.errors ?? ''}</td>
                <td className="num">{row?.warnings ?? ''}</td>
                <td>
                  {d.duplicate && '已上传过的同一文件。'}
                  {row?.status === 'failed' && <span className="error">{row.error}</span>}
                  {row?.status === 'done' && <a href={`/documents/${d.id}`}>查看报告</a>}
                </td>
              </tr>
            );
          })}
          {result.rejected?.map((r) => (
            <tr key={`rejected-${r.name}`} className="rejected">
              <td>{r.name}</td>
              <td className="status failed">未接收</td>
              <td />
              <td />
              <td className="error">{r.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {ids.length > 0 && <Link to={`/dashboard?batch=${result.batch}`}>本批次概览</Link>}
    </section>
  );
}

export function UploadPage() {
  const [files, setFiles] = useState<File[]>([]);
  const [batch, setBatch] = useState('');
  const [over, setOver] = useState(false);
  const [sent, setSent] = useState<{ sent: number; total: number }>();
  const [error, setError] = useState<string>();
  const [results, setResults] = useState<Uploaded[]>([]);
  const add = (list: FileList | null) => {
    // The same file picked twice is listed once (the server would keep one document anyway).
    if (list)
      setFiles((f) => {
        const seen = new Set(f.map(fileKey));
        return [...f, ...Array.from(list).filter((x) => !seen.has(fileKey(x)))];
      });
  };
  const drop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    add(e.dataTransfer.files);
  };
  const send = async () => {
    setError(undefined);
    setSent({ sent: 0, total: 1 });
    try {
      const r = await upload(files, batch.trim(), (s, t) => setSent({ sent: s, total: t }));
      setResults((rs) => [r, ...rs]);
      setFiles([]);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setSent(undefined);
    }
  };
  const total = files.reduce((n, f) => n + f.size, 0);
  return (
    <section>
      <h1>上传公开文件</h1>
      <label
        className={`drop${over ? ' over' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={drop}
      >
        <span>把文件拖到这里，或点击选择文件（PDF、Word、Excel、HTML、文本，或装有这些文件的 zip）</span>
        <span className="pick">选择文件</span>
        <input
          className="visually-hidden"
          type="file"
          name="file"
          multiple
          onChange={(e) => {
            add(e.target.files);
            e.target.value = '';
          }}
        />
      </label>
      {files.length > 0 && (
        <>
          <ul className="chosen">
            {files.map((f, i) => (
              <li key={fileKey(f)}>
                {f.name}（{size(f.size)}）
                <button
                  type="button"
                  className="link"
                  onClick={() => setFiles((fs) => fs.filter((_, j) => j !== i))}
                >
                  移除
                </button>
              </li>
            ))}
          </ul>
          <p>
            共 {files.length} 个文件，{size(total)}
          </p>
        </>
      )}
      <div className="row">
        <label>
          批次名称（可不填）
          <input name="batch" value={batch} maxLength={100} onChange={(e) => setBatch(e.target.value)} />
        </label>
        <button type="button" onClick={send} disabled={files.length === 0 || sent !== undefined}>
          {sent ? '正在上传…' : '上传并检查'}
        </button>
      </div>
      {sent && <progress className="wide" max={sent.total} value={sent.sent} />}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {results.map((r) => (
        <Progress key={r.batch} result={r} />
      ))}
    </section>
  );
}
