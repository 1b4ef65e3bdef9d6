// Types into the first segment at a translator's pace and measures, inside the page, how long each
// keystroke takes to reach IndexedDB (a raw IndexedDB read of the row every few milliseconds), and
// the long tasks (over 50 ms) the main thread ran meanwhile.
import type { Page } from 'playwright-core';
import { WorkbenchPage } from '../e2e/WorkbenchPage';

export interface TypingFigures {
  readonly keystrokes: number;
  readonly medianMs: number;
  readonly p95Ms: number;
  readonly slowestMs: number;
  /** Main-thread time in tasks over 50 ms while typing. */
  readonly longTasksMs: number;
}

const KEYS = 'the quick brown fox j';

/** Types KEYS one key every intervalMs (100 ms: ten keys a second) into the first row. */
export async function measureTyping(page: Page, intervalMs = 100): Promise<TypingFigures> {
  const workbench = new WorkbenchPage(page);
  const segmentId = await workbench.row(0).getAttribute('data-segment-id');
  if (segmentId === null) throw new Error('The first row has no data-segment-id.');
  await workbench.clearTarget(0);
  await workbench.waitUntilStored(segmentId, '');
  await page.evaluate((id) => {
    const probe = {
      keyTimes: [] as number[],
      storedTimes: [] as number[],
      longTasksMs: 0,
      isRunning: true,
    };
    Object.assign(globalThis, { typingProbe: probe });
    document.addEventListener('keydown', () => probe.keyTimes.push(performance.now()), true);
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) probe.longTasksMs += entry.duration;
    }).observe({ type: 'longtask' });
    const open = indexedDB.open('bitext-workbench');
    open.onsuccess = () => {
      const database = open.result;
      const poll = () => {
        if (!probe.isRunning) return database.close();
        const read = database.transaction('segments').objectStore('segments').get(id);
        read.onsuccess = () => {
          const length = ((read.result as { targetText?: string } | undefined)?.targetText ?? '')
            .length;
          const now = performance.now();
          while (probe.storedTimes.length < length) probe.storedTimes.push(now);
          setTimeout(poll, 2);
        };
      };
      poll();
    };
  }, segmentId);
  await page.keyboard.type(KEYS, { delay: intervalMs });
  await workbench.waitUntilStored(segmentId, KEYS);
  const { keyTimes, storedTimes, longTasksMs } = await page.evaluate(() => {
    const probe = (globalThis as unknown as { typingProbe: Record<string, unknown> }).typingProbe;
    probe['isRunning'] = false;
    return probe as { keyTimes: number[]; storedTimes: number[]; longTasksMs: number };
  });
  const latencies = keyTimes
    .map((keyTime, index) => (storedTimes[index] ?? Number.NaN) - keyTime)
    .sort((a, b) => a - b);
  const at = (fraction: number) =>
    latencies[Math.min(latencies.length - 1, Math.ceil(fraction * latencies.length) - 1)] ??
    Number.NaN;
  return {
    keystrokes: latencies.length,
    medianMs: at(0.5),
    p95Ms: at(0.95),
    slowestMs: at(1),
    longTasksMs,
  };
}
