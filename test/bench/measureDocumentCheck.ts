// Checks a whole document of N translated segments in the browser (npx tsx
// test/bench/measureDocumentCheck.ts [N], after `npx vite build`; E2E_SKIP_BUILD=1 skips the build)
// and prints how long the check took and the longest main-thread task meanwhile: with the check in
// its worker, and on the page's thread (no Worker, as the fallback runs it).
import type { Browser } from 'playwright-core';
import { richTextFromPlainText } from '../../src/domain/richText';
import { launchChromium } from '../e2e/launchChromium';
import { startPreviewServer } from '../e2e/startPreviewServer';
import { WorkbenchPage } from '../e2e/WorkbenchPage';
import { generateChineseText } from './generateChineseText';

const count = Number(process.argv[2] ?? 5_000);

async function measure(browser: Browser, url: string, isWithoutWorker: boolean): Promise<string> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  if (isWithoutWorker)
    await context.addInitScript(() => Reflect.deleteProperty(globalThis, 'Worker'));
  const page = await context.newPage();
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  const workbench = new WorkbenchPage(page);
  await workbench.open();
  await workbench.createProjectFromText('检查', generateChineseText(count));
  await page.getByRole('progressbar', { name: 'Progress' }).waitFor({ timeout: 300_000 });
  // Translations written straight into storage (typing 20,000 would take hours), then a reload.
  const projectSegments = await page.evaluate(
    () =>
      new Promise<{ id: string; source: string }[]>((resolve, reject) => {
        const open = indexedDB.open('bitext-workbench');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const read = open.result.transaction('segments').objectStore('segments').getAll();
          read.onsuccess = () => {
            open.result.close();
            const rows = read.result as { id: string; source: string; documentId: string }[];
            const last = rows.at(-1)?.documentId;
            resolve(rows.filter((row) => row.documentId === last));
          };
        };
      }),
  );
  const targets = projectSegments.map((segment, index) => {
    const text = `Sentence ${index + 1} says that ${segment.source.length} things happened${index % 97 === 0 ? '  twice' : ''}.`;
    return { id: segment.id, targetText: text, target: richTextFromPlainText(text) };
  });
  await page.evaluate(
    (rows) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('bitext-workbench');
        open.onsuccess = () => {
          const transaction = open.result.transaction('segments', 'readwrite');
          const store = transaction.objectStore('segments');
          for (const row of rows) {
            const get = store.get(row.id);
            get.onsuccess = () => store.put({ ...get.result, ...row, status: 'draft' });
          }
          transaction.oncomplete = () => {
            open.result.close();
            resolve();
          };
          transaction.onerror = () => reject(transaction.error);
        };
      }),
    targets,
  );
  await page.reload();
  await page.getByRole('progressbar', { name: 'Progress' }).waitFor({ timeout: 300_000 });
  await page.evaluate(() => {
    const probe = { longest: 0, total: 0, count: 0, start: 0 };
    Object.assign(globalThis, { checkProbe: probe });
    new PerformanceObserver((list) => {
      if (probe.start === 0) return;
      for (const entry of list.getEntries()) {
        if (entry.startTime < probe.start) continue;
        probe.longest = Math.max(probe.longest, entry.duration);
        probe.total += entry.duration;
        probe.count += 1;
      }
    }).observe({ type: 'longtask' });
  });
  // What the page does after opening a long document is not the check's: wait for two quiet frames.
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
  await page.evaluate(() => {
    const probe = (globalThis as unknown as { checkProbe: Record<string, number> }).checkProbe;
    probe['start'] = performance.now();
  });
  await page.locator('[data-action="run-checks"]').click();
  await page.locator('.checks-panel__count').waitFor({ timeout: 600_000 });
  const figures = await page.evaluate(() => {
    const probe = (
      globalThis as unknown as {
        checkProbe: { longest: number; total: number; count: number; start: number };
      }
    ).checkProbe;
    return { ...probe, elapsed: performance.now() - probe.start };
  });
  const found = await page.locator('.checks-panel__count').innerText();
  await context.close();
  return (
    `${isWithoutWorker ? 'on the page (no Worker)' : 'in its worker'}: ${(figures.elapsed / 1000).toFixed(1)} s to the result (${found}); ` +
    `longest main-thread task ${Math.round(figures.longest)} ms, ` +
    `${figures.count} tasks over 50 ms (${Math.round(figures.total)} ms in all); ` +
    `check workers started: ${workers.filter((workerUrl) => workerUrl.includes('qaWorker')).length}`
  );
}

const server = await startPreviewServer();
process.env.E2E_BASE_URL = server.url;
const browser = await launchChromium();
try {
  console.log(`document check of ${count.toLocaleString('en')} translated segments`);
  console.log(await measure(browser, server.url, false));
  console.log(await measure(browser, server.url, true));
} finally {
  await browser.close();
  await server.close();
}
