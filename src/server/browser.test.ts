/**
 * The web UI in a real browser (playwright-core driving Debian's chromium) against a real `gongkai serve` on a
 * fresh embedded database: log in, upload the bundled example, wait for its job, see its error count, open the
 * document and its HTML report with the marked cell, visit every page. No page may log an error (a CSP
 * violation is one) or ask anything of a host other than the server. A screenshot of each page is kept in
 * GONGKAI_SCREENSHOTS (default: a new temporary folder, printed).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Running, startServe } from '../../test/kits/server.js';
import { CHROMIUM_FLAGS } from '../programs/chromium.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const CHROMIUM = process.env.GONGKAI_CHROMIUM ?? '/usr/bin/chromium';
const haveChromium = existsSync(CHROMIUM);
if (!haveChromium)
  console.warn(
    `browser test skipped: no chromium at ${CHROMIUM} (apt-get install chromium, or set GONGKAI_CHROMIUM)`,
  );

const TOKEN = 'browser-test-token';
const example = join(root, 'examples/example-disclosure.txt');

function newest(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

/** The server serves dist/web as built: rebuild it when src/web is newer, so the test never sees a stale UI. */
function ensureWebBuilt(): void {
  const index = join(root, 'dist/web/index.html');
  if (existsSync(index) && statSync(index).mtimeMs >= newest(join(root, 'src/web'))) return;
  execFileSync('npm', ['run', '--silent', 'build:web'], { cwd: root, stdio: 'pipe' });
}

describe.runIf(haveChromium)('the web UI in chromium', () => {
  let server: Running;
  let browser: import('playwright-core').Browser;
  const shots = process.env.GONGKAI_SCREENSHOTS ?? mkdtempSync(join(tmpdir(), 'gongkai-screens-'));

  beforeAll(async () => {
    ensureWebBuilt();
    mkdirSync(shots, { recursive: true });
    const { chromium } = await import('playwright-core');
    [server, browser] = await Promise.all([
      startServe([], { GONGKAI_TOKEN: TOKEN }),
      chromium.launch({
        executablePath: CHROMIUM,
        args: CHROMIUM_FLAGS,
      }),
    ]);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    console.log(`browser test: screenshots in ${shots}`);
  });

  it('logs in, uploads the example, follows its job and opens its report', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
    const problems: string[] = [];
    const foreign: string[] = [];
    const origin = new URL(server.url).origin;
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`${page.url()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`${page.url()}: ${e.message}`));
    page.on('request', (r) => {
      const url = r.url();
      if (!url.startsWith(`${origin}/`) && !url.startsWith('data:')) foreign.push(url);
    });
    const shot = (name: string) => page.screenshot({ path: join(shots, `${name}.png`), fullPage: true });

    // Reads need the token (GONGKAI_TOKEN is set): the list sends us to the login page.
    await page.goto(`${server.url}/`);
    await page.waitForURL(/\/login\?next=/);
    await page.locator('input[name="token"]').fill(TOKEN);
    await page.locator('input[name="name"]').fill('测试员');
    await shot('1-login');
    await page.getByRole('button', { name: '登录' }).click();
    await page.getByRole('heading', { name: '文件列表' }).waitFor();

    await page.getByRole('link', { name: '上传', exact: true }).click();
    await page.getByRole('heading', { name: '上传公开文件' }).waitFor();
    await page.locator('input[type="file"]').setInputFiles(example);
    // A second file dropped on the drop zone (a copy with one line more: another document).
    const dropped = await page.evaluateHandle(
      (text) => {
        const dt = new DataTransfer();
        dt.items.add(new File([`${text}\n（拖放的副本）\n`], '拖放的副本.txt', { type: 'text/plain' }));
        return dt;
      },
      readFileSync(example, 'utf8'),
    );
    await page.dispatchEvent('label.drop', 'drop', { dataTransfer: dropped });
    await page.locator('ul.chosen li', { hasText: '拖放的副本.txt' }).waitFor();
    await page.locator('input[name="batch"]').fill('浏览器测试');
    await page.getByRole('button', { name: '上传并检查' }).click();
    const rows = page.locator('tr.upload-row');
    await page.locator('tr.upload-row[data-status="done"]').nth(1).waitFor({ timeout: 60_000 });
    expect(await rows.count()).toBe(2);
    const row = rows.first();
    const errors = Number(await row.locator('td.errors').textContent());
    expect(errors).toBeGreaterThan(0);
    await shot('2-upload');

    // The same count the API gives.
    const id = Number((await row.locator('a').first().getAttribute('href'))?.split('/').pop());
    const api = await page.evaluate(
      async (u) => (await (await fetch(u)).json()) as { errors: number; uploader: string },
      `/api/documents/${id}`,
    );
    expect(api.errors).toBe(errors);
    expect(api.uploader).toBe('测试员');

    await page.getByRole('link', { name: '文件列表' }).click();
    await page.locator('table.documents tbody tr').nth(1).waitFor();
    // Filtered by name: the list and the address follow the filter.
    await page.locator('input[name="q"]').fill('拖放');
    await page.locator('input[name="q"]').press('Enter');
    await page.waitForURL(/\?q=/);
    await page.locator('table.documents tbody tr').nth(1).waitFor({ state: 'detached' });
    expect(await page.locator('table.documents tbody tr').count()).toBe(1);
    await page.goto(`${server.url}/?severity=error`);
    await page.locator('table.documents tbody tr').nth(1).waitFor();
    expect(await page.locator('select[name="severity"]').inputValue()).toBe('error');
    await shot('3-documents');
    await page.locator('table.documents tbody a', { hasText: 'example-disclosure.txt' }).waitFor();

    await page.locator('table.documents tbody a', { hasText: 'example-disclosure.txt' }).click();
    await page.locator('#doc-status[data-status="done"]').waitFor();
    expect(await page.locator('table.findings tbody tr td.severity.error').count()).toBe(errors);
    await shot('4-document');

    await page.locator('#open-report').click();
    await page.waitForURL(`${server.url}/documents/${id}`);
    // The misprinted cell (examples/README.md: 表5, 210 11 02 基本支出 35.43) is marked wrong and suspect.
    const marked = page.locator('td.bad.suspect');
    expect(await marked.count()).toBeGreaterThan(0);
    expect(await marked.first().textContent()).toContain('35.43');
    await shot('5-report');

    await page.goto(`${server.url}/dashboard`);
    await page.getByRole('heading', { name: '最常见的问题' }).waitFor();
    await page.locator('meter.bar-meter').first().waitFor();
    await shot('6-dashboard');

    await page.goto(`${server.url}/changes`);
    await page.getByText('还没有用两个版本检查过的文件。').waitFor();
    await shot('7-changes');

    expect(problems).toEqual([]);
    expect(foreign).toEqual([]);
  }, 90_000);
});
