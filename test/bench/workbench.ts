// Benchmarks the workbench in Chromium: opens the sample and generated 10,000- and 50,000-segment
// projects (BENCH_SEGMENTS=n,m for others) and prints time to first rows, scrolling, keystroke-to-
// IndexedDB latency while typing and JS heap; imports a 45 MB file and a million lines through the
// New project dialog (measureLargeImport); then the durability table (BENCH_DURABILITY_TRIALS).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium } from '../e2e/launchChromium';
import { startPreviewServer } from '../e2e/startPreviewServer';
import { WorkbenchPage } from '../e2e/WorkbenchPage';
import { describeLeavingWay, DURABILITY_WAYS, runDurabilityTrial } from '../e2e/runDurabilityTrial';
import { generateChineseText } from './generateChineseText';
import { measureAlignmentEditing } from './measureAlignmentEditing';
import { measureInitialJavaScript } from './measureInitialJavaScript';
import { measureLargeImport } from './measureLargeImport';
import { measureMemoryLookup } from './measureMemoryLookup';
import { measureTmxMemoryImport } from './measureTmxMemoryImport';
import { measureTermMatching } from './measureTermMatching';
import { measureTyping, type TypingFigures } from './measureTyping';

const SIZES = (process.env.BENCH_SEGMENTS ?? '10000,50000')
  .split(',')
  .map(Number)
  .filter((size) => size > 0);
const DURABILITY_TRIALS = Number(process.env.BENCH_DURABILITY_TRIALS ?? 20);

const server = await startPreviewServer();
process.env.E2E_BASE_URL = server.url;
const browser = await launchChromium();
const folder = mkdtempSync(join(tmpdir(), 'bitext-bench-'));
try {
  console.log((await measureInitialJavaScript(browser, server.url)).summary);
  console.log(await measureTermMatching(browser));
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  // tsx compiles functions passed to page.evaluate with esbuild's __name helper; give the page one.
  page.on('pageerror', (error) => console.log('page error:', error.message));
  await page.addInitScript({ content: 'globalThis.__name = (target) => target;' });
  const sample = await measureOpen(page, server.url);
  report('sample project', sample);

  for (const size of SIZES) {
    const file = join(folder, `generated-${size}.txt`);
    writeFileSync(file, generateChineseText(size));
    const created = await createProjectFromFile(page, file, `Generated ${size}`);
    console.log(
      `created a ${size}-segment project through the New project dialog in ${created.toFixed(0)} ms`,
    );
    report(`${size}-segment project`, await measureOpen(page, server.url));
  }
  for (const line of await measureLargeImport(browser, folder)) console.log(line);
  for (const line of await measureAlignmentEditing(browser, server.url, folder)) console.log(line);
  console.log(await measureMemoryLookup(browser));
  console.log(await measureTmxMemoryImport(browser, folder));
} finally {
  await browser.close();
}
try {
  if (DURABILITY_TRIALS > 0) await reportDurability(DURABILITY_TRIALS);
} finally {
  await server.close();
  rmSync(folder, { recursive: true, force: true });
}

/** Types, leaves the page in each way, reopens, and prints how much survived over the trials. */
async function reportDurability(trials: number): Promise<void> {
  console.log(`\ndurability, ${trials} trials a row (characters typed one every 25 ms):`);
  console.log('| way of leaving | trials with every character kept | characters kept |');
  console.log('| --- | --- | --- |');
  for (const way of DURABILITY_WAYS) {
    let whole = 0;
    let kept = 0;
    let typed = 0;
    for (let trial = 0; trial < trials; trial += 1) {
      const result = await runDurabilityTrial(way);
      if (result.survived === result.typed) whole += 1;
      kept += result.survived;
      typed += result.typed;
    }
    console.log(`| ${describeLeavingWay(way)} | ${whole}/${trials} | ${kept}/${typed} |`);
  }
}

interface OpenFigures {
  rows: number;
  firstRowsMs: number;
  wholeDocumentMs: number;
  scrollStepMs: number;
  typing: TypingFigures;
  heapMb: number;
}

function report(label: string, figures: OpenFigures): void {
  console.log(
    `${label}: first rows ${figures.firstRowsMs.toFixed(0)} ms after navigation, ` +
      `whole document ${figures.wholeDocumentMs.toFixed(0)} ms; ` +
      `${figures.rows} rows mounted; scrolling one screen ${figures.scrollStepMs.toFixed(1)} ms on average; ` +
      `typing 10 keys a second, keystroke to IndexedDB ${figures.typing.medianMs.toFixed(0)} ms median, ` +
      `${figures.typing.p95Ms.toFixed(0)} ms p95, ${figures.typing.slowestMs.toFixed(0)} ms slowest ` +
      `of ${figures.typing.keystrokes}, long tasks ${figures.typing.longTasksMs.toFixed(0)} ms; ` +
      `JS heap ${figures.heapMb.toFixed(1)} MB`,
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
  // The progress bar shows once the whole document is read (a long one shows its first rows before).
  await page.getByRole('progressbar', { name: 'Progress' }).waitFor({ timeout: 120_000 });
  const wholeDocumentMs = await page.evaluate(() => performance.now());
  const rows = await page.locator('[data-segment-id]').count();
  const scrollStepMs = await measureScrolling(page);
  const typing = await measureTyping(page);
  const session = await page.context().newCDPSession(page);
  await session.send('Performance.enable');
  await session.send('HeapProfiler.collectGarbage');
  const { metrics } = await session.send('Performance.getMetrics');
  const heap = metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? Number.NaN;
  await session.detach();
  return { rows, firstRowsMs, wholeDocumentMs, scrollStepMs, typing, heapMb: heap / 1024 / 1024 };
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

async function createProjectFromFile(page: Page, file: string, name: string): Promise<number> {
  const started = Date.now();
  await new WorkbenchPage(page).createProjectFromFile(name, file);
  await page
    .locator('[data-segment-id]', { hasText: '第1句' })
    .first()
    .waitFor({ timeout: 120_000 });
  return Date.now() - started;
}
