// Measures importing a 100,000-unit TMX into the translation memory through the Import dialog of
// the built app: from choosing the file to its preview (decoded and parsed on the exchange read
// worker, the units sent to the page in batches), from Import to the stored message (the worker
// writes the pairs it kept in one transaction, the bar following its batches), and the longest
// main-thread task meanwhile.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { writeTmx } from '../../src/domain/exchange/writeTmx';
import { baseUrl } from '../e2e/launchChromium';
import { generateMemoryUnits } from './generateMemoryUnits';

const TIMEOUT = 10 * 60_000;

export async function measureTmxMemoryImport(
  browser: Browser,
  folder: string,
  unitCount = 100_000,
): Promise<string> {
  const file = join(folder, `memory-${unitCount}.tmx`);
  const tmx = writeTmx({
    sourceLang: 'zh-CN',
    targetLang: 'en',
    units: generateMemoryUnits(unitCount).map((unit) => ({
      source: unit.source,
      target: unit.target,
      status: 'translated' as const,
      note: '',
    })),
  });
  writeFileSync(file, tmx);
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    await page.addInitScript({
      content: `globalThis.__longTasks = [];
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) globalThis.__longTasks.push(entry.duration);
        }).observe({ type: 'longtask', buffered: true });`,
    });
    await page.goto(baseUrl());
    await page.locator('[data-segment-id]').first().waitFor({ timeout: 60_000 });
    await page.locator('[data-action="import-project"]').click();
    const dialog = page.getByRole('dialog', { name: 'Import' });
    await page.evaluate(() => {
      (globalThis as unknown as { __longTasks: number[] }).__longTasks.length = 0;
    });
    const chosen = Date.now();
    await dialog.locator('[data-field="import-file"]').setInputFiles(file);
    await dialog
      .locator('[data-preview="units"], [data-import-error]')
      .first()
      .waitFor({ timeout: TIMEOUT });
    const refusal = dialog.locator('[data-import-error]');
    if ((await refusal.count()) > 0) throw new Error(`Refused: ${await refusal.innerText()}`);
    const units = await dialog.locator('[data-preview="units"]').getAttribute('data-units');
    if (units !== String(unitCount)) throw new Error(`The preview shows ${units} units.`);
    const previewed = Date.now();
    await dialog.locator('[data-destination="memory"]').check();
    const confirmed = Date.now();
    await dialog.locator('[data-action="confirm-import"]').click();
    await dialog.locator('[data-import-phase="done"]').waitFor({ timeout: TIMEOUT });
    const stored = Date.now();
    const message = await dialog.locator('.import-dialog__done').innerText();
    const longest = await page.evaluate(() =>
      Math.max(0, ...(globalThis as unknown as { __longTasks: number[] }).__longTasks),
    );
    const megabytes = (Buffer.byteLength(tmx) / 1024 / 1024).toFixed(1);
    return (
      `TMX of ${unitCount.toLocaleString('en')} units (${megabytes} MB) into the memory through the ` +
      `Import dialog: preview ${((previewed - chosen) / 1000).toFixed(1)} s after choosing the file, ` +
      `stored ${((stored - confirmed) / 1000).toFixed(1)} s after Import ` +
      `(${((previewed - chosen + stored - confirmed) / 1000).toFixed(1)} s in all); longest main-thread ` +
      `task ${longest.toFixed(0)} ms; "${message}"`
    );
  } finally {
    await context.close();
  }
}
