/**
 * The whole check of one document: read → recognize → evaluate identities and rules → localize → report.
 * Used by the CLI, the server and the benchmarks alike.
 */
import { IngestError } from '../ingest/errors.js';
import { readDocument } from '../ingest/index.js';
import { localize } from '../localize/index.js';
import type { Disclosure } from '../model/disclosure.js';
import type { RawDocument } from '../model/raw.js';
import { recognizeWithProfile } from '../recognize/index.js';
import { buildReport } from '../report/build.js';
import type { DocumentReport } from '../report/types.js';
import { runRules } from '../rules/index.js';
import { cellInfo, type Localizer } from './localize-findings.js';

const defaultLocalizer: Localizer = (identities, d) => localize(identities, { cells: cellInfo(d) }).suspects;

export interface CheckOutcome {
  raw: RawDocument;
  disclosure: Disclosure;
  report: DocumentReport;
}

/** Check an already-read document. Throws IngestError('no-tables') when nothing in it is a disclosure table. */
export function checkRaw(
  raw: RawDocument,
  file = raw.source.path,
  localizer: Localizer = defaultLocalizer,
): CheckOutcome {
  const { disclosure, profile } = recognizeWithProfile(raw);
  if (!profile || disclosure.tables.length === 0) {
    throw new IngestError('no-tables', file, `${file}：${noTablesReason(raw)}`);
  }
  const { identities, findings } = runRules(disclosure, profile);
  const suspects = localizer(identities, disclosure);
  return {
    raw,
    disclosure,
    report: buildReport(file, disclosure, identities, findings, suspects, profile.title),
  };
}

/**
 * Why nothing could be checked: a file of text only that speaks of a budget is the 情况说明 of a disclosure whose
 * tables are printed in another file (北京 publishes the two apart); otherwise the tables are of no known layout.
 */
function noTablesReason(raw: RawDocument): string {
  const hasTables = raw.blocks.some((b) => b.type === 'table');
  // A scan without any ruled table (a notice, a report): the OCR reader said so and read no prose.
  const scan = raw.warnings.find((w) => w.code === 'scanned-no-tables');
  if (scan && raw.blocks.length === 0) return scan.message.slice(scan.message.indexOf('：') + 1);
  const text = raw.blocks.flatMap((b) => (b.type === 'paragraph' ? [b.text] : [])).join('');
  if (!hasTables && /(预算|决算)/u.test(text))
    return '只有文字说明、没有表格（可能是公开文件的“情况说明”部分，表格另成文件）：没有可检查的预算/决算公开表格';
  // A damaged file may have lost its tables' words (a font withheld, a page skipped): that is the likelier reason.
  const damage = raw.warnings.find((w) => w.code === 'pdf-damaged')?.message;
  if (damage) {
    const what = damage.slice(damage.indexOf('有损坏：') + 4).split('。')[0];
    return `没有识别出任何预算/决算公开表格，文件有损坏：${what}`;
  }
  return '没有识别出任何预算/决算公开表格（不是已知的公开版式）';
}

export async function checkFile(path: string): Promise<CheckOutcome> {
  return checkRaw(await readDocument(path), path);
}
