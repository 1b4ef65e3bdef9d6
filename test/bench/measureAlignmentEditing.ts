// Aligns the sample article repeated to about 5,000 beads in the alignment workspace, then measures
// in Chromium, from the click to the grid showing the result, a merge, a split and an undo, and a
// realignment with the first 100 beads confirmed.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';

const corpus = join(process.cwd(), 'corpus', 'shanxi');

/** The Chinese and English of the sample, `times` over, one paragraph a line. */
function writeRepeatedSample(folder: string, times: number): { zh: string; en: string } {
  const zhParagraphs = readFileSync(join(corpus, 'zh.sentences.txt'), 'utf8')
    .trim()
    .split(/\n\n+/)
    .map((paragraph) => paragraph.split('\n').join(''));
  const enParagraphs = readFileSync(join(corpus, 'en.txt'), 'utf8').trim().split('\n');
  const zh = join(folder, 'repeated.zh.txt');
  const en = join(folder, 'repeated.en.txt');
  writeFileSync(zh, `${Array.from({ length: times }, () => zhParagraphs.join('\n')).join('\n')}\n`);
  writeFileSync(en, `${Array.from({ length: times }, () => enParagraphs.join('\n')).join('\n')}\n`);
  return { zh, en };
}

/** Clicks a toolbar button and resolves with the milliseconds until `done()` holds in the next frame. */
const TIMED_CLICK = `async ({ action, selector }) => {
  const button = document.querySelector('[data-action="' + action + '"]');
  const start = performance.now();
  button.click();
  await new Promise((resolve) => {
    const check = () => (document.querySelector(selector) ? resolve() : requestAnimationFrame(check));
    check();
  });
  return performance.now() - start;
}`;

export async function measureAlignmentEditing(
  browser: Browser,
  url: string,
  folder: string,
): Promise<string[]> {
  const times = 150;
  const { zh, en } = writeRepeatedSample(folder, times);
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  try {
    await page.goto(url);
    await page.locator('[data-action="new-alignment"]').click();
    await page.locator('[data-role="align-source-file"]').setInputFiles(zh);
    await page.locator('[data-role="align-target-file"]').setInputFiles(en);
    await page.locator('[data-action="run-alignment"]:enabled').waitFor({ timeout: 60_000 });
    const alignStart = Date.now();
    await page.locator('[data-action="run-alignment"]').click();
    await page.locator('[data-bead-index="0"]').waitFor({ timeout: 30 * 60_000 });
    const alignSeconds = (Date.now() - alignStart) / 1000;
    const beads = await page.locator('[data-role="bead-grid"]').getAttribute('aria-rowcount');
    const timedClick = (action: string, selector: string) =>
      page.evaluate(`(${TIMED_CLICK})(${JSON.stringify({ action, selector })})`) as Promise<number>;

    await page.locator('[data-bead-index="1"] .bead-row__meta').click();
    const before = await page
      .locator('[data-bead-index="1"]')
      .getAttribute('data-source-sentences');
    const merged = (before ?? '').split(',').length;
    const mergeMs = await timedClick(
      'merge-next',
      `[data-bead-index="1"][data-source-sentences^="${before}"]:not([data-source-sentences="${before}"])`,
    );
    const afterMerge = await page
      .locator('[data-bead-index="1"]')
      .getAttribute('data-source-sentences');
    const splitMs = await timedClick(
      'split-bead',
      `[data-bead-index="1"]:not([data-source-sentences="${afterMerge}"])`,
    );
    const undoMs = await timedClick(
      'undo',
      `[data-bead-index="1"][data-source-sentences="${afterMerge}"]`,
    );

    await page.locator('[data-bead-index="0"] .bead-row__meta').click();
    for (let step = 0; step < 99; step += 1) await page.keyboard.press('ArrowDown');
    await page.locator('[data-bead-index="99"][aria-selected="true"]').waitFor();
    await page.locator('[data-action="confirm-through"]').click();
    await page.locator('[data-bead-index="99"][data-confirmed="true"]').waitFor();
    const realignStart = Date.now();
    await page.locator('[data-action="realign"]').click();
    await page
      .locator('.align-editor__notice')
      .filter({ hasText: /Realigned|Nothing to realign/ })
      .waitFor({ timeout: 30 * 60_000 });
    const realignSeconds = (Date.now() - realignStart) / 1000;
    return [
      `alignment workspace, the sample ${times} times (${beads ?? '?'} beads): aligned in the worker in ${alignSeconds.toFixed(1)} s`,
      `  merge (bead of ${merged} source sentences with the next): ${mergeMs.toFixed(0)} ms · split: ${splitMs.toFixed(0)} ms · undo: ${undoMs.toFixed(0)} ms (click to grid updated, Chromium)`,
      `  realign with the first 100 beads confirmed: ${realignSeconds.toFixed(1)} s`,
    ];
  } finally {
    await page.close();
  }
}
