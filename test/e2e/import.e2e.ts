import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { segmentText } from '../../src/domain/segmentation/segmentText';
import { launchChromium } from './launchChromium';
import { WorkbenchPage } from './WorkbenchPage';
import { writeLargeChineseFile } from './writeLargeChineseFile';

const screenshots = join(process.cwd(), 'test-results');
mkdirSync(screenshots, { recursive: true });

const IMPORT_TIMEOUT = 15 * 60_000;

interface StoredRows {
  readonly projects: readonly { readonly id: string; readonly name: string }[];
  /** Segments of each listed project. */
  readonly segmentsByProject: Readonly<Record<string, number>>;
  /** All segments, listed project or not. */
  readonly segments: number;
  readonly importMarks: number;
}

/** What IndexedDB holds, read in the page, apart from the app. */
function storedRows(page: Page): Promise<StoredRows> {
  return page.evaluate(
    () =>
      new Promise<StoredRows>((resolve, reject) => {
        const request = indexedDB.open('bitext-workbench');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const database = request.result;
          const transaction = database.transaction(['projects', 'segments', 'meta']);
          const segmentStore = transaction.objectStore('segments');
          const projects = transaction.objectStore('projects').getAll();
          const metaKeys = transaction.objectStore('meta').getAllKeys();
          const segments = segmentStore.count();
          const segmentsByProject: Record<string, number> = {};
          projects.onsuccess = () => {
            for (const { id } of projects.result as { id: string }[]) {
              const count = segmentStore.index('projectId').count(IDBKeyRange.only(id));
              count.onsuccess = () => {
                segmentsByProject[id] = count.result;
              };
            }
          };
          transaction.oncomplete = () => {
            database.close();
            resolve({
              projects: (projects.result as { id: string; name: string }[]).map(({ id, name }) => ({
                id,
                name,
              })),
              segmentsByProject,
              segments: segments.result,
              importMarks: metaKeys.result.filter((key) => String(key).startsWith('projectImport:'))
                .length,
            });
          };
          transaction.onerror = () => reject(transaction.error);
        };
      }),
  );
}

describe('creating a project from a 45 MB file', () => {
  let browser: Browser;
  let folder: string;
  let file: string;
  let expectedSegments: number;

  before(async () => {
    browser = await launchChromium();
    folder = mkdtempSync(join(tmpdir(), 'bitext-import-'));
    file = join(folder, 'large-45mb.txt');
    const text = writeLargeChineseFile(file, 45 * 1024 * 1024);
    expectedSegments = segmentText(text, 'zh').flat().length;
  });

  after(async () => {
    await browser.close();
    rmSync(folder, { recursive: true, force: true });
  });

  async function openWorkbench(viewport: { width: number; height: number }) {
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const workbench = new WorkbenchPage(page);
    await workbench.open();
    return { context, page, workbench, errors };
  }

  it('stores every segment in the worker while the page answers clicks and shows progress', async () => {
    const { context, page, workbench, errors } = await openWorkbench({ width: 1280, height: 800 });
    const before = await storedRows(page);
    const dialog = await workbench.openFileInNewProjectDialog('Forty-five megabytes', file);
    await dialog.getByText(/: [\d,]+ Chinese characters/).waitFor({ timeout: 120_000 });
    await dialog.getByRole('button', { name: 'Create project' }).click();

    const progress = workbench.importProgress(dialog);
    await progress.waitFor();
    await workbench
      .importProgress(dialog, { hasStarted: true })
      .waitFor({ timeout: IMPORT_TIMEOUT });
    await page.screenshot({ path: join(screenshots, 'import-progress.png') });

    // While it imports, a click is handled: Cancel asks whether to stop, and the import goes on.
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    const question = dialog.getByText('Stop creating “Forty-five megabytes”?', { exact: false });
    await question.waitFor();
    assert.ok(
      await progress.isVisible(),
      'the import was still running when the click was handled',
    );
    assert.equal((await storedRows(page)).projects.length, before.projects.length);
    await page.screenshot({ path: join(screenshots, 'import-stop-question.png') });
    await dialog.getByRole('button', { name: 'Keep going' }).click();
    await question.waitFor({ state: 'detached' });

    await dialog.waitFor({ state: 'detached', timeout: IMPORT_TIMEOUT });
    const after = await storedRows(page);
    const created = after.projects.find((project) => project.name === 'Forty-five megabytes');
    assert.ok(created, 'the project is stored');
    assert.equal(after.segmentsByProject[created.id], expectedSegments);
    assert.equal(after.importMarks, 0);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('leaves no project and no segment behind when stopped', async () => {
    const { context, page, workbench, errors } = await openWorkbench({ width: 1024, height: 768 });
    const before = await storedRows(page);
    const dialog = await workbench.openFileInNewProjectDialog('Stopped', file);
    await dialog.getByRole('button', { name: 'Create project' }).click();
    await workbench
      .importProgress(dialog, { hasStarted: true })
      .waitFor({ timeout: IMPORT_TIMEOUT });
    const during = await storedRows(page);
    assert.ok(during.segments > before.segments, 'segments were stored before the stop');
    assert.deepEqual(during.projects, before.projects, 'no project is listed while importing');
    await page.screenshot({ path: join(screenshots, 'import-progress-1024.png') });

    await page.keyboard.press('Escape');
    await dialog.getByRole('button', { name: 'Stop', exact: true }).click();
    await dialog.getByText('Stopped. Nothing was stored.').waitFor({ timeout: IMPORT_TIMEOUT });
    assert.deepEqual(await storedRows(page), before);
    assert.ok(await dialog.getByRole('button', { name: 'Create project' }).isEnabled());
    await page.screenshot({ path: join(screenshots, 'import-stopped-1024.png') });
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });
    assert.deepEqual(await storedRows(page), before);
    assert.deepEqual(errors, []);
    await context.close();
  });
});
