// The HTML report in a real headless Chromium (Debian's chromium package; .ci/run installs it): content from the
// DOM, sorting and filters by real clicks, a screenshot that is not blank, and no script error.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { TestRepo, runCli, cleanupTempDirs, tempDir } from '../../helpers/git-repo.js';

const CHROMIUM = '/usr/bin/chromium';
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const CLAUDE = 'Co-Authored-By: Claude Opus 4.5 <noreply@anthropic.com>';
const CURSOR = 'Co-authored-by: Cursor Agent <cursoragent@cursor.com>';

let browser: BrowserContext | undefined;
let report: string;
let forgeRepo: TestRepo;

/** Opens the report and collects every script error and every request the page makes. */
async function openReport(): Promise<{ page: Page; errors: string[]; requests: string[] }> {
  const page = await browser!.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(pathToFileURL(report).href);
  return { page, errors, requests };
}

const cells = (page: Page, selector: string, column: number) =>
  page.$$eval(
    `${selector} tbody tr:not([hidden])`,
    (rows, index) => rows.map((row) => (row as HTMLTableRowElement).cells[index]?.textContent?.trim() ?? ''),
    column,
  );

// Skipped on a developer machine without chromium; in CI (.ci/run installs it) a missing browser fails the run.
describe.skipIf(!existsSync(CHROMIUM) && !process.env.CI)('audit HTML report in headless Chromium', () => {
  beforeAll(async () => {
    const work = tempDir();
    forgeRepo = TestRepo.init();
    forgeRepo.git('remote', 'add', 'origin', 'https://github.com/acme-in/payments.git');
    forgeRepo.write('README.md', 'x\n').add().commit('init', { date: '2024-01-15T10:00:00Z' });
    forgeRepo.write('a.txt', 'a\n').add().commit(`Before the ban\n\n${CLAUDE}\n`, { date: '2024-02-10T10:00:00Z' });
    forgeRepo.write('CLAUDE.md', '# notes\n').add().commit(`After the ban\n\n${CLAUDE}\n`, { date: '2024-05-20T10:00:00Z' });
    const other = TestRepo.init();
    other.write('b.txt', 'b\n').add().commit(`Cursor work\n\n${CURSOR}\n`, { date: '2024-04-02T10:00:00Z' });
    const clean = TestRepo.init();
    clean.write('c.txt', 'c\n').add().commit('Clean', { date: '2024-03-01T10:00:00Z' });
    writeFileSync(join(work, 'policy.json'), JSON.stringify({ effective: '2024-04-01', tools: { cursor: 'block' } }));
    report = join(work, 'report.html');
    const args = ['audit', forgeRepo.dir, other.dir, clean.dir, '--store', 's.sqlite', '--config', 'policy.json', '--html', 'report.html'];
    const result = runCli(args, { cwd: work });
    expect(result.code, result.stderr).toBe(1);
    // A persistent context is how playwright takes --user-data-dir: a fresh profile folder of the test's own.
    const viewport = { width: 1280, height: 1000 };
    browser = await chromium.launchPersistentContext(tempDir(), { executablePath: CHROMIUM, headless: true, args: FLAGS, viewport });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    cleanupTempDirs();
  });

  it('shows totals, repositories, timeline, top rules and findings, fetching nothing', async () => {
    const { page, errors, requests } = await openReport();
    expect(await page.textContent('[data-total="repositories"] b')).toBe('3');
    expect(await page.textContent('[data-total="with-traces"] b')).toBe('2');
    expect(Number(await page.textContent('[data-total="blocking"] b'))).toBeGreaterThanOrEqual(3);
    const names = await cells(page, '#repositories', 0);
    expect(names).toHaveLength(3);
    const forgeRow = page.locator(`#repositories tr[data-repository="${forgeRepo.dir}"]`);
    // One trace before the effective date (2024-02), two findings after it (the trailer and CLAUDE.md, 2024-05).
    expect(await forgeRow.locator('td').nth(5).textContent()).toBe('2024-02-10');
    expect(await forgeRow.locator('td').nth(6).textContent()).toBe('2024-05-20');
    expect(await forgeRow.locator('td').nth(7).textContent()).toBe('2');
    const bars = await page.$$eval('#timeline rect.bar', (rects) =>
      rects.map((bar) => `${bar.getAttribute('data-month')} ${bar.getAttribute('data-tool')}`),
    );
    expect(bars).toEqual(expect.arrayContaining(['2024-02 claude-code', '2024-05 claude-code', '2024-04 cursor']));
    expect(await page.getAttribute('#timeline line.effective', 'data-date')).toBe('2024-04-01');
    // Two trailers, and CLAUDE.md once in history and once in the tree: two each, ties in id order, cursor's one after.
    const topRules = ['claude-code/claude-md', 'claude-code/co-author-trailer', 'cursor/co-author-trailer'];
    expect(await cells(page, '#top-rules', 0)).toEqual(topRules);
    expect(await cells(page, '#top-rules', 2)).toEqual(['2', '2', '1']);
    const link = await page.getAttribute('#findings a[href*="github.com"]', 'href');
    expect(link).toMatch(/^https:\/\/github\.com\/acme-in\/payments\/commit\/[0-9a-f]{40}$/);
    expect(requests).toEqual([pathToFileURL(report).href]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('sorts a table by a header click and filters findings by repository, tool and status', async () => {
    const { page, errors } = await openReport();
    await page.click('#repositories th[data-column="3"]');
    const ascending = (await cells(page, '#repositories', 3)).map(Number);
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
    await page.click('#repositories th[data-column="3"]');
    const descending = (await cells(page, '#repositories', 3)).map(Number);
    expect(descending).toEqual([...ascending].reverse());
    expect(await page.getAttribute('#repositories th[data-column="3"]', 'aria-sort')).toBe('descending');
    const all = Number(await page.textContent('#findings-shown'));
    await page.selectOption('#filter-tool', 'cursor');
    const tools = await cells(page, '#findings', 4);
    expect(tools.length).toBeGreaterThan(0);
    expect(new Set(tools)).toEqual(new Set(['cursor']));
    expect(Number(await page.textContent('#findings-shown'))).toBe(tools.length);
    await page.selectOption('#filter-tool', '');
    await page.selectOption('#filter-repository', forgeRepo.dir);
    await page.selectOption('#filter-status', 'grandfathered');
    const repositories = await cells(page, '#findings', 0);
    expect(repositories.length).toBeGreaterThan(0);
    expect(new Set(repositories)).toEqual(new Set([forgeRepo.dir]));
    expect(new Set(await cells(page, '#findings', 6))).toEqual(new Set(['grandfathered']));
    expect(repositories.length).toBeLessThan(all);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('renders a screenshot that is not blank', async () => {
    const { page, errors } = await openReport();
    const png = await page.screenshot({ fullPage: false });
    // The browser decodes its own screenshot: count the colours of a sample of its pixels.
    const blank = await page.evaluate(async (data) => {
      const image = new Image();
      image.src = `data:image/png;base64,${data}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      [canvas.width, canvas.height] = [image.width, image.height];
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      const pixels = context.getImageData(0, 0, image.width, image.height).data;
      const colours = new Set<number>();
      let dark = 0;
      for (let i = 0; i < pixels.length; i += 4 * 7) {
        colours.add((pixels[i]! << 16) | (pixels[i + 1]! << 8) | pixels[i + 2]!);
        if (pixels[i]! < 100 && pixels[i + 1]! < 100 && pixels[i + 2]! < 100) dark++;
      }
      return { colours: colours.size, dark, width: image.width };
    }, png.toString('base64'));
    expect(blank.width).toBe(1280);
    expect(blank.colours).toBeGreaterThan(20);
    expect(blank.dark).toBeGreaterThan(500);
    expect(errors).toEqual([]);
    await page.close();
  });
});
