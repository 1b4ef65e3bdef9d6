// Benchmarks the workbench in Chromium: opens the sample and a generated 10,000-segment project,
// and prints time to first rows, scrolling, keystroke-to-IndexedDB latency and JS heap; then
// imports a 45 MB file through the New project dialog (measureLargeImport).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium } from '../e2e/launchChromium';
import { startPreviewServer } from '../e2e/startPreviewServer';
import { WorkbenchPage } from '../e2e/WorkbenchPage';
import { generateChineseText } from './generateChineseText';
import { measureLargeImport } from './measureLargeImport';

const SEGMENTS = Number(process.env.BENCH_SEGMENTS ?? 10_000);

const server = await startPreviewServer();
process.env.E2E_BASE_URL = server.url;
const browser = await launchChromium();
const folder = mkdtempSync(join(tmpdir(), 'bitext-bench-'));
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  // tsx compiles functions passed to page.evaluate with esbuild's __name helper; give the page one.
  page.on('pageerror', (error) => console.log('page error:', error.message));
  await page.addInitScript({ content: 'globalThis.__name = (target) => target;' });
  const sample = await measureOpen(page, server.url);
  report('sample project', sample);

  const file = join(folder, `generated-${SEGMENTS}.txt`);
  writeFileSync(file, generateChineseText(SEGMENTS));
  const created = await createProjectFromFile(page, file, `Generated ${SEGMENTS}`);
  console.log(
    `created a ${SEGMENTS}-segment project through the New project dialog in ${created.toFixed(0)} ms`,
  );
  const large = await measureOpen(page, server.url);
  report(`${SEGMENTS}-segment project`, large);
  for (const line of await measureLargeImport(browser, folder)) console.log(line);
} finally {
  await browser.close();
  await server.close();
  rmSync(folder, { recursive: true, force: true });
}

interface OpenFigures {
  rows: number;
  firstRowsMs: number;
  scrollStepMs: number;
  keystrokeToStored: { median: number; slowest: number };
  heapMb: number;
}

function report(label: string, figures: OpenFigures): void {
  console.log(
    `${label}: first rows ${figures.firstRowsMs.toFixed(0)} ms after navigation; ` +
      `${figures.rows} rows mounted; scrolling one screen ${figures.scrollStepMs.toFixed(1)} ms on average; ` +
      `keystroke to IndexedDB ${figures.keystrokeToStored.median.toFixed(0)} ms median, ` +
      `${figures.keystrokeToStored.slowest.toFixed(0)} ms slowest of 5; JS heap ${figures.heapMb.toFixed(1)} MB`,
  );
}

async function measureOpen(page: Page, url: string): Promise<OpenFigures> {
  await page.goto(url);
  const firstRowsMs = await (
    await page.waitForFunction(
      () => (document.querySelector('[data-segment-id]') ? performance.now() : 0),
      undefined,
      { polling: 'raf', timeout: 120_000 },
    )
  ).jsonValue();
  const rows = await page.locator('[data-segment-id]').count();
  const scrollStepMs = await measureScrolling(page);
  const keystrokeToStored = await measureKeystroke(page);
  const session = await page.context().newCDPSession(page);
  await session.send('Performance.enable');
  await session.send('HeapProfiler.collectGarbage');
  const { metrics } = await session.send('Performance.getMetrics');
  const heap = metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? Number.NaN;
  await session.detach();
  return { rows, firstRowsMs, scrollStepMs, keystrokeToStored, heapMb: heap / 1024 / 1024 };
}

/** Scrolls the segment list by a screen at a time, 40 times, waiting for a painted frame each time. */
async function measureScrolling(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const first = document.querySelector('[data-segment-id]');
    let scroller: HTMLElement | null = first?.parentElement ?? null;
    while (scroller && scroller.scrollHeight <= scroller.clientHeight + 1)
      scroller = scroller.parentElement;
    if (!scroller) return Number.NaN;
    const frame = () =>
      new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const start = performance.now();
    for (let step = 0; step < 40; step += 1) {
      scroller.scrollTop += scroller.clientHeight;
      await frame();
    }
    const elapsed = (performance.now() - start) / 40;
    scroller.scrollTop = 0;
    await frame();
    return elapsed;
  });
}

/**
 * Types a short marker into the first segment five times, a second apart, and polls IndexedDB
 * until it holds each; returns the median and the slowest. The figures include one DevTools round
 * trip per poll (a few milliseconds).
 */
async function measureKeystroke(page: Page): Promise<{ median: number; slowest: number }> {
  const workbench = new WorkbenchPage(page);
  const segmentId = await workbench.row(0).getAttribute('data-segment-id');
  if (segmentId === null) throw new Error('The first row has no data-segment-id.');
  const editor = await workbench.editTarget(0);
  await editor.press('Control+End');
  const latencies: number[] = [];
  for (let trial = 0; trial < 5; trial += 1) {
    const marker = `§${trial}§`;
    const started = performance.now();
    await page.keyboard.type(marker);
    while (!((await workbench.storedTargetText(segmentId)) ?? '').includes(marker)) {
      if (performance.now() - started > 10_000)
        throw new Error(`"${marker}" never reached IndexedDB.`);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    latencies.push(performance.now() - started);
    await page.waitForTimeout(1000);
  }
  latencies.sort((a, b) => a - b);
  return { median: latencies[2] ?? Number.NaN, slowest: latencies[4] ?? Number.NaN };
}

async function createProjectFromFile(page: Page, file: string, name: string): Promise<number> {
  const started = Date.now();
  await new WorkbenchPage(page).createProjectFromFile(name, file);
  await page
    .locator('[data-segment-id]', { hasText: '第1句' })
    .first()
    .waitFor({ timeout: 120_000 });
  return Date.now() - started;
}
