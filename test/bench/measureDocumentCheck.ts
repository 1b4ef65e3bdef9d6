// Checks a whole document of N segments in the browser (npx tsx test/bench/measureDocumentCheck.ts
// [N], after `npx vite build`; E2E_SKIP_BUILD=1 skips the build) and prints how long the check took
// and the longest main-thread task meanwhile, with the check in its worker.
import { launchChromium } from '../e2e/launchChromium';
import { startPreviewServer } from '../e2e/startPreviewServer';
import { WorkbenchPage } from '../e2e/WorkbenchPage';
import { generateChineseText } from './generateChineseText';

const count = Number(process.argv[2] ?? 5_000);
const server = await startPreviewServer();
process.env.E2E_BASE_URL = server.url;
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  const workbench = new WorkbenchPage(page);
  await workbench.open();
  await workbench.createProjectFromText('检查', generateChineseText(count));
  await page.getByRole('progressbar', { name: 'Progress' }).waitFor({ timeout: 300_000 });
  await page.evaluate(() => {
    const probe = { longest: 0, total: 0, count: 0 };
    Object.assign(globalThis, { checkProbe: probe });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        probe.longest = Math.max(probe.longest, entry.duration);
        probe.total += entry.duration;
        probe.count += 1;
      }
    }).observe({ type: 'longtask' });
  });
  // Long tasks of settling after the import are not the check's.
  await page.waitForTimeout(3_000);
  await page.evaluate(() => {
    const probe = (globalThis as unknown as { checkProbe: Record<string, number> }).checkProbe;
    Object.assign(probe, { longest: 0, total: 0, count: 0, start: performance.now() });
  });
  await page.locator('[data-action="run-checks"]').click();
  await page.locator('.checks-panel__count').waitFor({ timeout: 600_000 });
  const figures = await page.evaluate(() => {
    const probe = (globalThis as unknown as { checkProbe: Record<string, number> }).checkProbe;
    return { ...probe, elapsed: performance.now() - (probe['start'] ?? 0) };
  });
  const found = await page.locator('.checks-panel__count').innerText();
  console.log(
    `document check of ${count.toLocaleString('en')} segments: ${(figures.elapsed / 1000).toFixed(1)} s to the result (${found}); ` +
      `longest main-thread task meanwhile ${Math.round(figures['longest'] ?? 0)} ms, ` +
      `${figures['count']} long tasks (${Math.round(figures['total'] ?? 0)} ms in all); ` +
      `workers started: ${workers.filter((url) => url.includes('qaWorker')).length}`,
  );
} finally {
  await browser.close();
  await server.close();
}
