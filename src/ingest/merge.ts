/**
 * One disclosure published as several files (北京: the 情况说明 in one PDF, the 预算01表… tables in another): their
 * blocks read as one document, the files of text first and the files of tables after, as a single file prints
 * them. Every block keeps the file it came from in its provenance, so a finding's page names its file.
 */
import type { RawBlock, RawDocument } from '../model/raw.js';

function withFile(b: RawBlock, file: string): RawBlock {
  if (b.type === 'paragraph') return { ...b, prov: { ...b.prov, file } };
  return {
    ...b,
    prov: { ...b.prov, file },
    rows: b.rows.map((r) => ({
      ...r,
      prov: { ...r.prov, file },
      cells: r.cells.map((c) => ({ ...c, prov: { ...c.prov, file } })),
    })),
  };
}

export function mergeDocuments(docs: RawDocument[]): RawDocument {
  const hasTables = (d: RawDocument) => d.blocks.some((b) => b.type === 'table');
  const ordered = [...docs.filter((d) => !hasTables(d)), ...docs.filter(hasTables)];
  return {
    source: {
      path: ordered.map((d) => d.source.path).join(' + '),
      format: ordered[0].source.format,
      pages: ordered.reduce((n, d) => n + (d.source.pages ?? 0), 0) || undefined,
    },
    blocks: ordered.flatMap((d) => d.blocks.map((b) => withFile(b, d.source.path))),
    warnings: ordered.flatMap((d) =>
      d.warnings.map((w) => ({ ...w, message: `${d.source.path}：${w.message}` })),
    ),
  };
}
