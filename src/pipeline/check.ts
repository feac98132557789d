/**
 * The whole check of one document: read → recognize → evaluate identities and rules → localize → report.
 * Used by the CLI, the server and the benchmarks alike.
 */
import { IngestError } from '../ingest/errors.js';
import { readDocument } from '../ingest/index.js';
import { localize } from '../localize/index.js';
import type { Disclosure } from '../model/disclosure.js';
import type { RawDocument } from '../model/raw.js';
import { profileById } from '../profiles/index.js';
import { recognize } from '../recognize/index.js';
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
  const disclosure = recognize(raw);
  const profile = profileById(disclosure.meta.layout);
  if (!profile || disclosure.tables.length === 0) {
    throw new IngestError(
      'no-tables',
      file,
      `${file}：没有识别出任何预算/决算公开表格（不是已知的公开版式）`,
    );
  }
  const { identities, findings } = runRules(disclosure, profile);
  const suspects = localizer(identities, disclosure);
  return { raw, disclosure, report: buildReport(file, disclosure, identities, findings, suspects) };
}

export async function checkFile(path: string): Promise<CheckOutcome> {
  return checkRaw(await readDocument(path), path);
}
