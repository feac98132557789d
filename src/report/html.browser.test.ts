/**
 * Opens the HTML report of a fixture in headless Chromium: it must render without console errors or network
 * requests, mark exactly the cells the findings and suspects name, and show a cell's findings when clicked.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { realReport, sampleReport } from '../../test/kits/reports.js';
import { checkFile } from '../pipeline/check.js';
import { CHROMIUM_FLAGS } from '../programs/chromium.js';
import { renderHtml, renderHtmlIndex } from './html.js';
import { blankCells } from './html-marks.js';
import { reasonText } from './html-narrative.js';
import { type BatchReport, type DocumentReport, SCHEMA_VERSION } from './types.js';

const CHROMIUM = '/usr/bin/chromium';
/** The development corpus beside the repository (test/corpus.ts says the same for tests outside src). */
const CORPUS_DIR = fileURLToPath(new URL('../../../shared/corpus/', import.meta.url));
const HAS_CORPUS = existsSync(CORPUS_DIR);
const SKIP_MESSAGE = '(skipped: ../shared/corpus not present beside the repository)';
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium)
  console.warn(`跳过浏览器测试：未找到 ${CHROMIUM}（apt-get install -y chromium fonts-noto-cjk）`);

const ARGS = CHROMIUM_FLAGS;

/** Cell keys a report names: finding locations and related cells in shown tables, and suspects. */
function expectedCells(report: DocumentReport): string[] {
  const shown = new Set(report.tables.map((t) => t.id));
  const blank = blankCells(report);
  const keys = new Set<string>();
  for (const f of report.findings) {
    for (const loc of [f.location, ...f.related.map((r) => r.location)]) {
      const key = `${loc.tableId}/${loc.rowIndex}/${loc.columnKey ?? '#label'}`;
      // Empty related cells are not marked (they carry no value); the finding's own cell always is.
      if (loc !== f.location && blank.has(key)) continue;
      if (loc.tableId && shown.has(loc.tableId) && loc.rowIndex !== undefined) {
        keys.add(`${loc.tableId}/${loc.rowIndex}/${loc.columnKey ?? '#label'}`);
      }
    }
  }
  for (const s of report.suspects) keys.add(`${s.tableId}/${s.rowIndex}/${s.columnKey}`);
  return [...keys].sort();
}

describe.skipIf(!hasChromium)('HTML report in Chromium', () => {
  let browser: BrowserContext;
  let dir: string;
  let userData: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'gongkai-html-'));
    userData = mkdtempSync(join(tmpdir(), 'gongkai-chromium-'));
    // A new empty profile: no extensions, no sync, nothing cached from an earlier run.
    browser = await chromium.launchPersistentContext(userData, {
      executablePath: CHROMIUM,
      args: ARGS,
      viewport: { width: 1400, height: 900 },
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    rmSync(userData, { recursive: true, force: true });
    // The screenshots stay in `dir` for a human to look at.
  });

  async function open(
    report: DocumentReport,
    name: string,
  ): Promise<{ page: Page; errors: string[]; requests: string[]; url: string }> {
    const file = join(dir, `${name}.html`);
    writeFileSync(file, renderHtml(report));
    const url = pathToFileURL(file).href;
    const page = await browser.newPage();
    const errors: string[] = [];
    const requests: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(url, { waitUntil: 'load' });
    return { page, errors, requests, url };
  }

  it('marks exactly the named cells and shows a clicked cell’s findings', async () => {
    const report = sampleReport();
    const { page, errors, requests, url } = await open(report, 'sample');
    const marked = await page.$$eval('[data-cell]', (els) =>
      els.map((e) => e.getAttribute('data-cell') ?? '').sort(),
    );
    expect(marked).toEqual(expectedCells(report));
    expect(await page.getAttribute('[data-cell="t5/1/total"]', 'class')).toContain('bad');
    expect(await page.getAttribute('[data-cell="t5/1/total"]', 'class')).toContain('suspect');
    expect(await page.getAttribute('[data-cell="t5/2/total"]', 'class')).toContain('warn');
    expect(await page.getAttribute('[data-cell="t5/3/#label"]', 'class')).toContain('bad');
    expect(await page.$$('.suspect')).toHaveLength(1);

    await page.click('[data-cell="t5/2/total"]');
    const panel = await page.textContent('#panel-body');
    expect(panel).toContain('表5 合计 因舍入相差 0.01 万元 <b>&"\'</script>');
    expect(panel).toContain('应为 34.53，实为 34.52，相差 0.01 万元');

    await page.click('[data-cell="t5/1/total"]');
    expect(await page.textContent('#panel-body')).toContain(
      '改为 34.53 可使 3 条等式成立（另有同样可能的解释）',
    );
    expect(await page.textContent('.narrative')).toContain('卫生健康支出64.57万元，占4%；</script>');
    await page.screenshot({ path: join(dir, 'sample.png'), fullPage: true });
    expect(errors).toEqual([]);
    expect(requests).toEqual([url]);
  }, 60_000);

  it('renders a real pipeline report', async () => {
    const report = realReport();
    expect(report.findings.some((f) => f.location.columnKey)).toBe(true);
    const { page, errors, requests, url } = await open(report, 'real');
    const marked = await page.$$eval('[data-cell]', (els) =>
      els.map((e) => e.getAttribute('data-cell') ?? '').sort(),
    );
    expect(marked).toEqual(expectedCells(report));
    const first = report.findings.find((f) => f.location.columnKey)!;
    const loc = first.location;
    await page.click(`[data-cell="${loc.tableId}/${loc.rowIndex}/${loc.columnKey}"]`);
    expect(await page.textContent('#panel-body')).toContain(first.message);
    await page.screenshot({ path: join(dir, 'real.png'), fullPage: true });
    // Every finding in a table has its reason written under the table, visible without hover or click.
    for (const f of report.findings.filter((x) => x.location.tableId)) {
      expect(await page.isVisible(`#f-${f.id}`)).toBe(true);
      expect(await page.textContent(`#f-${f.id}`)).toContain(f.message);
    }
    console.log(`截图：${dir}`);
    expect(errors).toEqual([]);
    expect(requests).toEqual([url]);
  }, 60_000);

  /** Where a finding's reason stands on the page, and the text a reader must see there. */
  function reasons(report: DocumentReport): { id: string; text: string }[] {
    return report.findings.map((f) => ({ id: `f-${f.id}`, text: reasonText(f) }));
  }

  /** The reasons that are not shown as text on the page as it is now (no hover, no click). */
  async function hiddenReasons(page: Page, expected: { id: string; text: string }[]): Promise<string[]> {
    return page.evaluate((list) => {
      const norm = (t: string) => t.replace(/\s+/g, '');
      return list.flatMap(({ id, text }) => {
        const el = document.getElementById(id) as HTMLElement | null;
        if (!el?.checkVisibility({ visibilityProperty: true, opacityProperty: true }))
          return [`${id} 不可见`];
        // innerText, not textContent: only what the page shows counts (hidden or collapsed text does not).
        // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what is asserted
        return norm(el.innerText).includes(norm(text)) ? [] : [`${id} 缺少：${text}`];
      });
    }, expected);
  }

  /** Full-page screenshots at 1400 px, on screen and in print emulation, into $GONGKAI_SCREENSHOTS when set. */
  async function shoot(page: Page, name: string): Promise<void> {
    const out = process.env.GONGKAI_SCREENSHOTS || join(dir, 'screenshots');
    mkdirSync(out, { recursive: true });
    await page.emulateMedia({ media: 'screen' });
    await page.screenshot({ path: join(out, `${name}.png`), fullPage: true });
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: join(out, `${name}-print.png`), fullPage: true });
    await page.emulateMedia({ media: 'screen' });
  }

  async function lookAt(report: DocumentReport, name: string): Promise<void> {
    const { page, errors, requests, url } = await open(report, name);
    const expected = reasons(report);
    expect(await hiddenReasons(page, expected), `${name}: every reason visible on screen`).toEqual([]);
    await page.emulateMedia({ media: 'print' });
    expect(await hiddenReasons(page, expected), `${name}: every reason visible in print`).toEqual([]);
    await shoot(page, name);
    expect(errors).toEqual([]);
    expect(requests).toEqual([url]);
    await page.close();
  }

  it('shows every reason of the sample report without interaction, on screen and in print', async () => {
    await lookAt(sampleReport(), 'sample-reasons');
  }, 60_000);

  const SEED_FILE = `${CORPUS_DIR}seed/000_8c5c6d2715ecedd6.txt`;
  const SHANGHAI = `${CORPUS_DIR}pdf/shanghai-putuo-party-social-work-dept-2024-final-account.pdf`;
  const corpusReports: DocumentReport[] = [];
  if (!HAS_CORPUS) console.warn(`浏览器截图：语料截图跳过 ${SKIP_MESSAGE}`);

  it.skipIf(!HAS_CORPUS)(
    'screenshots the seed’s report, every reason visible',
    async () => {
      const report = (await checkFile(SEED_FILE)).report;
      corpusReports.push(report);
      await lookAt(report, 'seed');
    },
    180_000,
  );

  it.skipIf(!HAS_CORPUS)(
    'screenshots a Shanghai 决算: the two sides of 财政拨款收入支出决算总表 on their printed lines',
    async () => {
      const report = (await checkFile(SHANGHAI)).report;
      corpusReports.push(report);
      await lookAt(report, 'shanghai-final-account');
      const { page } = await open(report, 'shanghai-pairs');
      const t = report.tables.find((x) => x.kind === 'fiscal-summary')!;
      // The last printed line holds both 总计: income on the left, expenditure on the right.
      const last = await page.$$eval(`table[data-table="${t.id}"] tbody tr:last-child th`, (ths) =>
        ths.map((th) => th.textContent?.trim()),
      );
      expect(last).toEqual(['总计', '总计']);
      await page.close();
    },
    180_000,
  );

  it('screenshots a batch index, sorted by errors with the unreadable file first', async () => {
    const docs = [sampleReport(), realReport(), ...corpusReports];
    const batch: BatchReport = {
      schemaVersion: SCHEMA_VERSION,
      documents: [
        ...docs,
        {
          schemaVersion: SCHEMA_VERSION,
          file: '扫描件.pdf',
          error: { code: 'no-text-layer', message: '扫描件.pdf：没有文字层（扫描件）' },
        },
      ],
    };
    const links = Object.fromEntries(docs.map((d, i) => [d.file, `${i}.html`]));
    const file = join(dir, 'index.html');
    writeFileSync(file, renderHtmlIndex(batch, links));
    const page = await browser.newPage();
    await page.goto(pathToFileURL(file).href);
    const files = await page.$$eval('table.index tbody tr td:first-child', (tds) =>
      tds.map((td) => td.textContent),
    );
    expect(files[0]).toBe('扫描件.pdf');
    const errors = await page.$$eval('table.index tbody tr:not(.failed) td:nth-child(3)', (tds) =>
      tds.map((td) => Number(td.textContent)),
    );
    expect(errors).toEqual([...errors].sort((a, b) => b - a));
    await shoot(page, 'batch-index');
    await page.close();
    console.log(
      `截图：${process.env.GONGKAI_SCREENSHOTS || join(dir, 'screenshots')}（${readdirSync(process.env.GONGKAI_SCREENSHOTS || join(dir, 'screenshots')).length} 张）`,
    );
  }, 60_000);
});
