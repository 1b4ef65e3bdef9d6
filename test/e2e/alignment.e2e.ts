import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, Locator, Page } from 'playwright-core';
import { writeDocx } from '../fixtures/alignment/writeDocx';
import { launchChromium } from './launchChromium';
import { WorkbenchPage } from './WorkbenchPage';

const screenshots = join(process.cwd(), 'test-results');
mkdirSync(screenshots, { recursive: true });
const corpus = join(process.cwd(), 'corpus', 'shanxi');
const ALIGN_TIMEOUT = 120_000;

/** The gold beads as `zh:en` index lists, e.g. '3:6,7'. */
function goldBeads(): string[] {
  return readFileSync(join(corpus, 'gold.align'), 'utf8')
    .trim()
    .split('\n')
    .map((line) => line.replace(/^\[([\d,]*)\]:\[([\d,]*)\]$/, '$1:$2'));
}

function beadRows(page: Page): Locator {
  return page.locator('[data-bead-index]');
}

async function shownBeads(page: Page): Promise<string[]> {
  return beadRows(page).evaluateAll((rows) =>
    rows.map(
      (row) =>
        `${row.getAttribute('data-source-sentences') ?? ''}:${row.getAttribute('data-target-sentences') ?? ''}`,
    ),
  );
}

async function storedAlignment(page: Page): Promise<{ position: number; changeCount: number }> {
  return page.evaluate(
    () =>
      new Promise<{ position: number; changeCount: number }>((resolve, reject) => {
        const request = indexedDB.open('bitext-workbench');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const database = request.result;
          const all = database.transaction('alignments').objectStore('alignments').getAll();
          all.onsuccess = () => {
            database.close();
            const [row] = all.result as { position: number; changeCount: number }[];
            resolve({ position: row?.position ?? -1, changeCount: row?.changeCount ?? -1 });
          };
        };
      }),
  );
}

/** The statuses of the newest project's segments, in order. */
async function newestProjectStatuses(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const request = indexedDB.open('bitext-workbench');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const database = request.result;
          const transaction = database.transaction(['projects', 'segments']);
          const projects = transaction.objectStore('projects').getAll();
          const segments = transaction.objectStore('segments').getAll();
          transaction.oncomplete = () => {
            database.close();
            const newest = (projects.result as { id: string; createdAt: number }[]).sort(
              (left, right) => right.createdAt - left.createdAt,
            )[0];
            resolve(
              (segments.result as { projectId: string; order: number; status: string }[])
                .filter((segment) => segment.projectId === newest?.id)
                .sort((left, right) => left.order - right.order)
                .map((segment) => segment.status),
            );
          };
        };
      }),
  );
}

async function alignFiles(workbench: WorkbenchPage, sourcePath: string, targetPath: string) {
  const { page } = workbench;
  await page.locator('[data-action="new-alignment"]').click();
  await page.locator('[data-role="align-source-file"]').setInputFiles(sourcePath);
  await page.locator('[data-role="align-target-file"]').setInputFiles(targetPath);
  const run = page.locator('[data-action="run-alignment"]');
  await run.and(page.locator(':enabled')).waitFor();
  await run.click();
  await beadRows(page).first().waitFor({ timeout: ALIGN_TIMEOUT });
}

let browser: Browser;
before(async () => {
  browser = await launchChromium();
});
after(async () => {
  await browser.close();
});

describe('the alignment workspace', () => {
  it('aligns the sample files in a worker, corrects, survives a reload, becomes a project', async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    try {
      const page = await context.newPage();
      const workers: string[] = [];
      page.on('worker', (worker) => workers.push(worker.url()));
      const workbench = new WorkbenchPage(page);
      await workbench.open();
      await alignFiles(workbench, join(corpus, 'zh.txt'), join(corpus, 'en.txt'));
      assert.ok(
        workers.some((url) => /alignWorker/.test(url)),
        `the alignment ran in a worker (${workers.join(', ')})`,
      );

      const gold = goldBeads();
      const beads = await shownBeads(page);
      // zh.txt ends with the page's comment counter (corpus/shanxi/zh.page-chrome.txt), which has no English.
      assert.deepEqual(beads.slice(0, gold.length), gold);
      assert.deepEqual(beads.slice(gold.length), [`${gold.length}:`]);
      await page.locator('[data-role="alignment-plot"]').waitFor();
      await page.screenshot({ path: join(screenshots, 'alignment-1440.png') });

      // Merge bead 3 with 4, split it again, undo the split: a 2-source bead remains.
      await beadRows(page).nth(3).locator('.bead-row__meta').click();
      await page.locator('[data-action="merge-next"]').click();
      await page.locator('[data-bead-index="3"][data-source-sentences="3,4"]').waitFor();
      await beadRows(page).nth(3).locator('[data-side="source"] [data-sentence-index="3"]').click();
      await page.keyboard.press('s');
      await page.locator('[data-bead-index="3"][data-source-sentences="3"]').waitFor();
      await page.locator('[data-action="undo"]').click();
      await page.locator('[data-bead-index="3"][data-source-sentences="3,4"]').waitFor();
      await page.locator('[data-action="confirm-bead"]').click();
      await page.locator('[data-bead-index="3"][data-confirmed="true"]').waitFor();
      await page.waitForFunction(
        async () => {
          const request = indexedDB.open('bitext-workbench');
          const database = await new Promise<IDBDatabase>((resolve) => {
            request.onsuccess = () => resolve(request.result);
          });
          const rows = await new Promise<{ position: number }[]>((resolve) => {
            const all = database.transaction('alignments').objectStore('alignments').getAll();
            all.onsuccess = () => resolve(all.result as { position: number }[]);
          });
          database.close();
          return rows[0]?.position === 2;
        },
        undefined,
        { polling: 100 },
      );

      await page.reload();
      await page.locator('[data-action="open-alignment"]').first().click();
      await page
        .locator('[data-bead-index="3"][data-source-sentences="3,4"][data-confirmed="true"]')
        .waitFor();
      // The split undone before confirming was dropped from the history: merge, then confirm.
      assert.deepEqual(await storedAlignment(page), { position: 2, changeCount: 2 });
      assert.equal(await page.locator('[data-action="redo"]').isDisabled(), true);
      await page.locator('[data-action="undo"]').click();
      await page.locator('[data-bead-index="3"][data-confirmed="false"]').waitFor();
      await page.locator('[data-action="redo"]').click();
      await page.locator('[data-bead-index="3"][data-confirmed="true"]').waitFor();

      // Realign never moves the confirmed bead.
      await page.locator('[data-action="realign"]').click();
      await page
        .locator('.align-editor__notice')
        .filter({ hasText: /Realigned|Nothing to realign/ })
        .waitFor({ timeout: ALIGN_TIMEOUT });
      await page
        .locator('[data-bead-index="3"][data-source-sentences="3,4"][data-confirmed="true"]')
        .waitFor();

      const download = page.waitForEvent('download');
      await page.locator('[data-action="export-tsv"]').click();
      const tsv = readFileSync(await (await download).path(), 'utf8');
      assert.match(tsv, /推进教育科技人才振兴/);
      assert.match(tsv, /\t/);

      await page.locator('[data-action="use-as-project"]').click();
      await workbench.rows().first().waitFor();
      await workbench.target(0).filter({ hasText: 'Shanxi' }).waitFor();
      // A segment a bead with Chinese: the gold beads and the page chrome, less the merged pair.
      const statuses = await newestProjectStatuses(page);
      assert.equal(statuses.length, gold.length);
      assert.equal(statuses[3], 'translated');
      // The page chrome has no English: a new segment, the others drafts.
      assert.equal(statuses.at(-1), 'new');
      assert.deepEqual(
        new Set(statuses.slice(0, -1).filter((_status, index) => index !== 3)),
        new Set(['draft']),
      );
    } finally {
      await context.close();
    }
  });

  it('stops an alignment in progress, storing nothing', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'bitext-align-'));
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    try {
      const zh = readFileSync(join(corpus, 'zh.txt'), 'utf8');
      const en = readFileSync(join(corpus, 'en.txt'), 'utf8');
      writeFileSync(join(folder, 'long.zh.txt'), Array.from({ length: 60 }, () => zh).join('\n'));
      writeFileSync(join(folder, 'long.en.txt'), Array.from({ length: 60 }, () => en).join('\n'));
      const page = await context.newPage();
      const workbench = new WorkbenchPage(page);
      await workbench.open();
      await page.locator('[data-action="new-alignment"]').click();
      await page
        .locator('[data-role="align-source-file"]')
        .setInputFiles(join(folder, 'long.zh.txt'));
      await page
        .locator('[data-role="align-target-file"]')
        .setInputFiles(join(folder, 'long.en.txt'));
      await page.locator('[data-action="run-alignment"]:enabled').click();
      await page.locator('[data-role="alignment-progress"]').waitFor();
      await page.locator('[data-action="cancel-alignment"]').click();
      await page.locator('[data-role="alignment-progress"]').waitFor({ state: 'detached' });
      await page.locator('[data-action="run-alignment"]:enabled').waitFor();
      const stored = await page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            const request = indexedDB.open('bitext-workbench');
            request.onsuccess = () => {
              const count = request.result
                .transaction('alignments')
                .objectStore('alignments')
                .count();
              count.onsuccess = () => {
                request.result.close();
                resolve(count.result);
              };
            };
          }),
      );
      assert.equal(stored, 0);
      assert.equal(await beadRows(page).count(), 0);
    } finally {
      await context.close();
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('imports a Word pair and refuses a file that is not one, storing nothing', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'bitext-align-'));
    const context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
    try {
      const zhPath = join(folder, 'zh.docx');
      const enPath = join(folder, 'en.docx');
      await writeDocx(zhPath, [
        '山西加快转型发展。全省干部群众认真学习。',
        '推进教育科技人才振兴。',
      ]);
      await writeDocx(enPath, [
        'Shanxi speeds up its transformation. Officials across the province study hard.',
        'Advance education, science and talent.',
      ]);
      const fake = join(folder, 'fake.docx');
      writeFileSync(fake, 'this is not a Word file');
      const page = await context.newPage();
      const workbench = new WorkbenchPage(page);
      await workbench.open();
      await page.locator('[data-action="new-alignment"]').click();
      // English given as the Chinese side and Chinese as the English: said before aligning.
      const [sourceSide, targetSide] = [
        page.locator('[data-side="source"]'),
        page.locator('[data-side="target"]'),
      ];
      await sourceSide
        .locator('textarea')
        .fill('Shanxi speeds up its transformation. Officials study hard.');
      await sourceSide.getByRole('button', { name: 'Use the pasted text' }).click();
      await targetSide.locator('textarea').fill('山西加快转型发展。全省干部群众认真学习。');
      await targetSide.getByRole('button', { name: 'Use the pasted text' }).click();
      await page.locator('[data-warning="languages-swapped"]').waitFor();
      await sourceSide.getByRole('button', { name: 'Choose another' }).click();
      await targetSide.getByRole('button', { name: 'Choose another' }).click();
      await page.locator('[data-warning]').waitFor({ state: 'detached' });
      await page.locator('[data-role="align-source-file"]').setInputFiles(fake);
      await page.getByRole('alert').filter({ hasText: 'is not a Word .docx document' }).waitFor();
      await page.locator('[data-role="align-source-file"]').setInputFiles(zhPath);
      await page.locator('[data-role="align-target-file"]').setInputFiles(enPath);
      await page.locator('[data-action="run-alignment"]:enabled').click();
      await beadRows(page).first().waitFor({ timeout: ALIGN_TIMEOUT });
      assert.deepEqual(await shownBeads(page), ['0:0', '1:1', '2:2']);
      await page.screenshot({ path: join(screenshots, 'alignment-1024.png') });
    } finally {
      await context.close();
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
