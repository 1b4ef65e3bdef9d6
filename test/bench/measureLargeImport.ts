// Measures creating a project from a large source through the New project dialog in a fresh
// browser context: the time, the longest main-thread task (PerformanceObserver 'longtask' in the
// page) and the peak resident memory of the renderer process (which runs the import worker too).
// BENCH_IMPORT=45mb (default) | lines (a file of 1,000,000 short lines) | paste (the same lines
// pasted) | all.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { baseUrl } from '../e2e/launchChromium';
import { WorkbenchPage } from '../e2e/WorkbenchPage';
import { writeLargeChineseFile } from '../e2e/writeLargeChineseFile';

type ImportCase = '45mb' | 'lines' | 'paste';

const TIMEOUT = 20 * 60_000;

const OBSERVE_LONG_TASKS = `
  globalThis.__name = (target) => target;
  globalThis.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      globalThis.__longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
`;

interface LongTask {
  readonly start: number;
  readonly duration: number;
}

function residentKilobytes(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? Number.NaN);
  } catch {
    return Number.NaN;
  }
}

async function rendererIds(browser: Browser): Promise<Set<number>> {
  const session = await browser.newBrowserCDPSession();
  const { processInfo } = (await session.send('SystemInfo.getProcessInfo')) as {
    processInfo: { type: string; id: number }[];
  };
  await session.detach();
  return new Set(processInfo.filter((info) => info.type === 'renderer').map((info) => info.id));
}

/** Polls the resident memory of the given processes until stopped; returns the peak sum in MB. */
function watchMemory(pids: readonly number[]): { stop: () => number } {
  let peak = 0;
  const sample = () => {
    const total = pids.reduce((sum, pid) => sum + (residentKilobytes(pid, 'VmRSS') || 0), 0);
    peak = Math.max(peak, total);
  };
  sample();
  const timer = setInterval(sample, 50);
  return {
    stop: () => {
      clearInterval(timer);
      sample();
      return peak / 1024;
    },
  };
}

async function longTasksSince(page: Page, since: number): Promise<LongTask[]> {
  const tasks = await page.evaluate(
    () => (globalThis as unknown as { __longTasks: LongTask[] }).__longTasks,
  );
  return tasks.filter((task) => task.start + task.duration >= since);
}

const pageNow = (page: Page) => page.evaluate(() => performance.now());
const longest = (tasks: readonly LongTask[]) =>
  tasks.reduce((max, task) => Math.max(max, task.duration), 0);

async function measureOne(browser: Browser, folder: string, which: ImportCase): Promise<string> {
  const source = which === '45mb' ? join(folder, 'import-45mb.txt') : join(folder, 'lines.txt');
  let bytes: number;
  if (which === '45mb') bytes = Buffer.byteLength(writeLargeChineseFile(source, 45 * 1024 * 1024));
  else {
    const lines = Array.from({ length: 1_000_000 }, (_, index) => `第${index + 1}行。`).join('\n');
    writeFileSync(source, lines);
    bytes = Buffer.byteLength(lines);
  }
  const before = await rendererIds(browser);
  const context: BrowserContext = await browser.newContext({
    viewport: { width: 1280, height: 800 },
  });
  try {
    const page = await context.newPage();
    await page.addInitScript({ content: OBSERVE_LONG_TASKS });
    const workbench = new WorkbenchPage(page);
    await page.goto(baseUrl());
    await workbench.rows().first().waitFor({ timeout: 60_000 });
    const renderers = [...(await rendererIds(browser))].filter((pid) => !before.has(pid));
    const baselineMb =
      renderers.reduce((sum, pid) => sum + residentKilobytes(pid, 'VmRSS'), 0) / 1024;
    const name = `Import ${which}`;

    let dialog;
    let pasteLongestMs = Number.NaN;
    if (which === 'paste') {
      await page.getByRole('button', { name: 'New project' }).click();
      dialog = page.getByRole('dialog');
      await dialog.getByRole('textbox', { name: 'Project name' }).fill(name);
      const pasted = await pageNow(page);
      await dialog.locator('textarea').fill(readFileSync(source, 'utf8'));
      await dialog.getByText(/[\d,]+ Chinese characters/).waitFor({ timeout: TIMEOUT });
      pasteLongestMs = longest(await longTasksSince(page, pasted));
    } else {
      const chosen = Date.now();
      dialog = await workbench.openFileInNewProjectDialog(name, source);
      const previewMs = Date.now() - chosen;
      await dialog.getByText(/[\d,]+ Chinese characters/).waitFor({ timeout: TIMEOUT });
      pasteLongestMs = previewMs;
    }

    const memory = watchMemory(renderers);
    const started = Date.now();
    const startedInPage = await pageNow(page);
    await dialog.getByRole('button', { name: 'Create project' }).click();
    await dialog.waitFor({ state: 'detached', timeout: TIMEOUT });
    const importMs = Date.now() - started;
    const importTasks = await longTasksSince(page, startedInPage);
    const peakMb = memory.stop();
    const longestImportTask = longest(importTasks);

    const openStarted = await pageNow(page);
    const openWatch = watchMemory(renderers);
    await page
      .locator('[data-segment-id]', { hasText: which === '45mb' ? '第1句' : '第1行' })
      .first()
      .waitFor({ timeout: TIMEOUT });
    const openedInPage = await pageNow(page);
    const openPeakMb = openWatch.stop();
    const openTasks = (await longTasksSince(page, openStarted)).filter(
      (task) => task.start <= openedInPage,
    );
    const label =
      which === '45mb'
        ? `a ${(bytes / 1024 / 1024).toFixed(1)} MB file`
        : which === 'lines'
          ? `a file of 1,000,000 short lines (${(bytes / 1024 / 1024).toFixed(1)} MB)`
          : `1,000,000 short lines pasted (${(bytes / 1024 / 1024).toFixed(1)} MB)`;
    const preamble =
      which === 'paste'
        ? `pasting: longest main-thread task ${pasteLongestMs.toFixed(0)} ms; `
        : `preview shown ${pasteLongestMs.toFixed(0)} ms after choosing the file; `;
    return (
      `import of ${label}: ${preamble}create ${(importMs / 1000).toFixed(1)} s, ` +
      `longest main-thread task ${longestImportTask.toFixed(0)} ms (${importTasks.length} over 50 ms), ` +
      `renderer RSS ${baselineMb.toFixed(0)} MB before, peak ${peakMb.toFixed(0)} MB ` +
      `(+${(peakMb - baselineMb).toFixed(0)} MB); then opening it: first rows after ` +
      `${((openedInPage - openStarted) / 1000).toFixed(1)} s, longest task ${longest(openTasks).toFixed(0)} ms, ` +
      `peak RSS ${openPeakMb.toFixed(0)} MB`
    );
  } finally {
    await context.close();
  }
}

/** Runs the import cases that BENCH_IMPORT names and returns one printable line for each. */
export async function measureLargeImport(browser: Browser, folder: string): Promise<string[]> {
  const requested = process.env.BENCH_IMPORT ?? '45mb';
  const cases: readonly ImportCase[] =
    requested === 'all' ? ['45mb', 'lines', 'paste'] : [requested as ImportCase];
  const lines: string[] = [];
  for (const which of cases) lines.push(await measureOne(browser, folder, which));
  return lines;
}
