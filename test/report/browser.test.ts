/*
 * The HTML report in a real browser: Debian's headless Chromium, driven by playwright-core.
 * The report is built from real evaluations — the example communes
 * (examples/example-communes.json), the Nam Đông communes as
 * /work/shared/seeds/003_58059cd68c956849.txt (I.1.b) states them, Đức Phổ's OCOP products
 * (seeds/000_a7bd56a1d1ec181e.txt) and the poverty rates of seeds/003 and seeds/004.
 *
 * Skipped, with a message, where /usr/bin/chromium is absent (`apt-get install -y chromium`).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { demoReportInput, exampleCommuneUnits, NAM_DONG_STANDINGS } from '../../scripts/report-demo.js';
import { renderHtmlReport } from '../../src/report/index.js';

const CHROMIUM = '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
const SKIP_MESSAGE = `${CHROMIUM} not found: browser test of the HTML report skipped (install Debian's package: apt-get install -y chromium)`;
if (!available) console.warn(SKIP_MESSAGE);

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

interface Opened {
  readonly page: Page;
  readonly requests: string[];
  readonly errors: string[];
  readonly url: string;
}

describe.skipIf(!available)(`HTML report in headless Chromium (${available ? CHROMIUM : SKIP_MESSAGE})`, () => {
  let dir = '';
  let context: BrowserContext;

  /** Writes `html` to a file and opens it, recording every request and every console error. */
  async function open(html: string, name: string): Promise<Opened> {
    const file = join(dir, name);
    writeFileSync(file, html, 'utf8');
    const url = pathToFileURL(file).href;
    const page = await context.newPage();
    const requests: string[] = [];
    const errors: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(url, { waitUntil: 'load' });
    return { page, requests, errors, url };
  }

  beforeAll(async () => {
    const { chromium } = await import('playwright-core');
    dir = mkdtempSync(join(tmpdir(), 'ntm-report-'));
    // A fresh profile: playwright-core passes it to Chromium as --user-data-dir.
    context = await chromium.launchPersistentContext(join(dir, 'profile'), {
      executablePath: CHROMIUM,
      headless: true,
      args: ARGS,
      offline: true,
      viewport: { width: 1000, height: 1400 },
    });
  }, 60_000);

  afterAll(async () => {
    await context?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('control: the harness does see a request and a console error when a page makes them', async () => {
    const bad = '<!doctype html><html><head><link rel="stylesheet" href="https://example.invalid/x.css"></head><body><script>console.error("boom")</script></body></html>';
    const { requests, errors, url } = await open(bad, 'control.html');
    expect(requests).toEqual([url, 'https://example.invalid/x.css']);
    expect(errors).toContain('boom');
  }, 60_000);

  it('renders the demo report with no console error, no network request, every chart drawn', async () => {
    const html = renderHtmlReport(demoReportInput(), { locale: 'vi' });
    const { page, requests, errors, url } = await open(html, 'report-vi.html');

    expect(errors).toEqual([]);
    expect(requests).toEqual([url]); // the file itself, nothing else

    const kinds = await page.$$eval('svg.chart', (svgs) => svgs.map((s) => s.getAttribute('data-chart')));
    expect(kinds.length).toBe(html.split('<svg ').length - 1);
    expect(kinds.filter((k) => k === 'overview')).toHaveLength(1);
    expect(kinds.filter((k) => k === 'criteria')).toHaveLength(3 + NAM_DONG_STANDINGS.length);
    expect(kinds.filter((k) => k === 'ladder')).toHaveLength(NAM_DONG_STANDINGS.length);
    expect(kinds.filter((k) => k === 'ocop')).toHaveLength(2);
    expect(kinds.filter((k) => k === 'poverty')).toHaveLength(2);

    // Every chart has a title, an aria-label, a non-zero rendered size and a table after it.
    const charts = await page.$$eval('svg.chart', (svgs) =>
      svgs.map((s) => ({
        title: s.querySelector('title')?.textContent ?? '',
        label: s.getAttribute('aria-label') ?? '',
        role: s.getAttribute('role'),
        width: s.getBoundingClientRect().width,
        height: s.getBoundingClientRect().height,
        table: s.closest('figure')?.querySelector('table') !== null,
      })),
    );
    for (const c of charts) {
      expect(c.title.length).toBeGreaterThan(0);
      expect(c.label).toBe(c.title);
      expect(c.role).toBe('img');
      expect(c.width).toBeGreaterThan(100);
      expect(c.height).toBeGreaterThan(20);
      expect(c.table).toBe(true);
    }
    expect(await page.locator('script').count()).toBe(0);
  }, 60_000);

  it('draws the overview bars at met/total of the track, as the data table states (Nam Đông 19, 17, … 12 of 19)', async () => {
    const html = renderHtmlReport(demoReportInput(), { locale: 'en' });
    const { page, errors } = await open(html, 'report-en.html');
    expect(errors).toEqual([]);
    const rows = await page.$$eval('figure.fig-overview', ([fig]) => {
      const svg = fig!.querySelector('svg')!;
      const bars = [...svg.querySelectorAll('g.row')].map((g) => {
        const track = g.querySelector('rect.track')!.getBoundingClientRect().width;
        const bar = g.querySelector('rect.bar')!.getBoundingClientRect().width;
        return { ratio: bar / track, attr: Number(g.querySelector('rect.bar')!.getAttribute('width')) };
      });
      const table = [...fig!.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? ''));
      return { bars, table };
    });
    // Columns: rulebook, met, total, share, status.
    const numbers = rows.table.map((r) => ({ met: Number(r[1]), total: Number(r[2]) }));
    expect(numbers.slice(-9).map((n) => n.met)).toEqual(NAM_DONG_STANDINGS.map((s) => s.ntm));
    expect(rows.bars).toHaveLength(numbers.length);
    rows.bars.forEach((b, i) => {
      const n = numbers[i]!;
      expect(b.ratio).toBeCloseTo(n.met / n.total, 3);
      expect(b.attr).toBeCloseTo((400 * n.met) / n.total, 2);
    });
  }, 60_000);

  it('shows a <script> commune name as text and runs nothing', async () => {
    const name = '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">';
    const [, b] = exampleCommuneUnits();
    const html = renderHtmlReport({ title: name, units: [{ ...b!, name }], notes: [name] }, { locale: 'vi' });
    const { page, requests, errors, url } = await open(html, 'xss.html');
    expect(errors).toEqual([]);
    expect(requests).toEqual([url]); // no request for "x"
    expect(await page.evaluate(() => (globalThis as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('script, img').count()).toBe(0);
    expect(await page.locator('h1').textContent()).toBe(name);
    expect(await page.locator('section.unit h3').first().textContent()).toBe(name);
  }, 60_000);

  it('takes a full-page screenshot and prints to PDF', async () => {
    const { page } = await open(renderHtmlReport(demoReportInput(), { locale: 'vi' }), 'shot.html');
    const png = join(dir, 'report.png');
    await page.screenshot({ path: png, fullPage: true });
    expect(statSync(png).size).toBeGreaterThan(10_000);
    expect(readFileSync(png).subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(10_000);
  }, 60_000);
});
