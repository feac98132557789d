/**
 * Opens the HTML report of a fixture in headless Chromium: it must render without console errors or network
 * requests, mark exactly the cells the findings and suspects name, and show a cell's findings when clicked.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { realReport, sampleReport } from '../../test/kits/reports.js';
import { renderHtml } from './html.js';
import { blankCells } from './html-marks.js';
import type { DocumentReport } from './types.js';

const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium)
  console.warn(`跳过浏览器测试：未找到 ${CHROMIUM}（apt-get install -y chromium fonts-noto-cjk）`);

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-quic',
  '--no-first-run',
  '--disable-component-update',
  '--disable-sync',
];

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
});
