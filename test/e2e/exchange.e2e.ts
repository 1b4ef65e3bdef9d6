import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import mammoth from 'mammoth';
import type { Browser, Page } from 'playwright-core';
import { writeTmx } from '../../src/domain/exchange/writeTmx';
import { generateMemoryUnits } from '../bench/generateMemoryUnits';
import { launchChromium } from './launchChromium';
import { WorkbenchPage } from './WorkbenchPage';

const screenshots = join(process.cwd(), 'test-results');
mkdirSync(screenshots, { recursive: true });

/** Opens the translate view's Export menu and downloads one format; resolves with the file's path. */
async function exportAs(page: Page, format: string): Promise<{ path: string; name: string }> {
  const menu = page.locator('.translate-header [data-action="export"]');
  if ((await menu.getAttribute('aria-expanded')) !== 'true') await menu.click();
  const download = page.waitForEvent('download');
  await page.locator(`.translate-header [data-format="${format}"]`).click();
  const file = await download;
  return { path: await file.path(), name: file.suggestedFilename() };
}

/** Counts the rows of every store of the app's database, read with IndexedDB itself. */
function countRows(page: Page): Promise<Record<string, number>> {
  return page.evaluate(
    () =>
      new Promise<Record<string, number>>((resolve, reject) => {
        const request = indexedDB.open('bitext-workbench');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const database = request.result;
          const names = [...database.objectStoreNames];
          const transaction = database.transaction(names);
          const counts: Record<string, number> = {};
          for (const name of names) {
            const count = transaction.objectStore(name).count();
            count.onsuccess = () => {
              counts[name] = count.result;
            };
          }
          transaction.oncomplete = () => {
            database.close();
            resolve(counts);
          };
          transaction.onerror = () => reject(transaction.error);
        };
      }),
  );
}

describe('exporting and importing parallel text', () => {
  let browser: Browser;
  before(async () => {
    browser = await launchChromium();
  });
  after(async () => {
    await browser.close();
  });

  it('exports the sample as TMX and imports it into a new project', async () => {
    const context = await browser.newContext({
      viewport: { width: 1024, height: 768 },
      acceptDownloads: true,
    });
    const page = await context.newPage();
    const workbench = new WorkbenchPage(page);
    await workbench.open();
    const firstTarget = await workbench.target(0).innerText();

    await page.locator('.translate-header [data-action="export"]').click();
    await page.locator('[data-format="tmx"]').waitFor();
    await page.screenshot({ path: join(screenshots, 'exchange-export-menu.png') });
    const tmx = await exportAs(page, 'tmx');
    assert.match(tmx.name, /\.tmx$/);
    const text = readFileSync(tmx.path, 'utf8');
    assert.match(text, /srclang="zh-CN"/);
    assert.equal(text.match(/<tu[ >]/g)?.length, 34);
    await page.keyboard.press('Escape');

    await page.locator('[data-action="import-project"]').click();
    const dialog = page.getByRole('dialog', { name: 'Import' });
    const copy = join(tmpdir(), `sample-${Date.now()}.tmx`);
    writeFileSync(copy, text);
    await dialog.locator('[data-field="import-file"]').setInputFiles(copy);
    await dialog.locator('[data-preview="units"][data-units="34"]').waitFor();
    assert.match(await dialog.locator('[data-preview="languages"]').innerText(), /zh-CN → en/);
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.screenshot({ path: join(screenshots, 'exchange-import-preview-wide.png') });
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.screenshot({ path: join(screenshots, 'exchange-import-preview.png') });
    await dialog.getByLabel('Project name').fill('From TMX');
    await dialog.locator('[data-action="confirm-import"]').click();
    await dialog.locator('[data-import-phase="done"]').waitFor();
    await dialog.getByRole('button', { name: 'Close' }).click();
    await page.locator('.project-item--current').filter({ hasText: 'From TMX' }).waitFor();
    await workbench.rows().first().waitFor();
    assert.equal(await workbench.target(0).innerText(), firstTarget);
    await context.close();
  });

  it('downloads the review table as a Word document that opens', async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    const workbench = new WorkbenchPage(page);
    await workbench.open();
    const source = await workbench.source(0).innerText();
    const docx = await exportAs(page, 'docx');
    assert.match(docx.name, /\.docx$/);
    const { value } = await mammoth.extractRawText({ path: docx.path });
    assert.ok(value.includes(source.trim()), 'the first Chinese sentence is in the table');
    assert.ok(value.includes('Status'));
    await context.close();
  });

  it('downloads the Moses pair as one zip of NAME.zh and NAME.en, line for line', async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    const workbench = new WorkbenchPage(page);
    await workbench.open();
    const moses = await exportAs(page, 'moses');
    assert.match(moses.name, /\.zip$/);
    const stem = moses.name.replace(/\.zip$/, '');
    assert.match(execFileSync('unzip', ['-t', moses.path], { encoding: 'utf8' }), /No errors/);
    const side = (language: string) =>
      execFileSync('unzip', ['-p', moses.path, `${stem}.${language}`], {
        encoding: 'utf8',
        env: { ...process.env, LC_ALL: 'C.UTF-8' },
      });
    const [chinese, english] = [side('zh').split('\n'), side('en').split('\n')];
    assert.equal(chinese.length, 35);
    assert.equal(english.length, chinese.length);
    assert.equal(chinese[0], (await workbench.source(0).innerText()).trim());
    await context.close();
  });

  it('reads a TMX on a worker into the memory, and a stopped import leaves it as it was', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    const workbench = new WorkbenchPage(page);
    await workbench.open();
    await workbench.createProjectFromText('Imported memory', '山西省今年完成投资35亿元。');
    await workbench.source(0).waitFor();
    const small = join(tmpdir(), `memory-${Date.now()}.tmx`);
    writeFileSync(
      small,
      writeTmx({
        sourceLang: 'zh-CN',
        targetLang: 'en',
        units: [
          {
            source: '山西省今年完成投资48亿元。',
            target: 'Shanxi invested 4.8 billion yuan this year.',
            status: 'translated',
            note: '',
          },
        ],
      }),
    );
    const dialog = page.getByRole('dialog', { name: 'Import' });
    const importIntoMemory = async (file: string) => {
      await page.locator('.translate-header [data-action="import"]').click();
      await dialog.locator('[data-field="import-file"]').setInputFiles(file);
      await dialog.locator('[data-destination="memory"]').check();
      await dialog.locator('[data-action="confirm-import"]').click();
    };
    await importIntoMemory(small);
    await dialog.locator('[data-import-phase="done"]').waitFor();
    assert.ok(
      workers.some((url) => url.includes('exchangeReadWorker')),
      workers.join(', '),
    );
    await dialog.getByRole('button', { name: 'Close' }).click();
    await workbench.editTarget(0);
    const match = page
      .getByRole('region', { name: 'Translation memory' })
      .locator('[data-match-score]')
      .first();
    await match.waitFor();
    assert.match(await match.innerText(), /4\.8 billion/);

    const before = await countRows(page);
    const large = join(tmpdir(), `memory-large-${Date.now()}.tmx`);
    writeFileSync(
      large,
      writeTmx({
        sourceLang: 'zh-CN',
        targetLang: 'en',
        units: generateMemoryUnits(60_000).map(({ source, target }) => ({
          source,
          target,
          status: 'translated' as const,
          note: '',
        })),
      }),
    );
    await importIntoMemory(large);
    await dialog.locator('[data-import-phase="storing"]').waitFor();
    await dialog.locator('[data-action="stop-import"]').click();
    const alert = dialog.locator('[data-import-error]');
    await alert.waitFor();
    assert.match(await alert.innerText(), /stopped; nothing was stored/);
    assert.deepEqual(await countRows(page), before);
    await context.close();
  });

  it('refuses a billion-laughs TMX with a message and stores nothing', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const workbench = new WorkbenchPage(page);
    await workbench.open();
    const before = await countRows(page);
    const entities = Array.from(
      { length: 9 },
      (_, level) => `<!ENTITY lol${level + 1} "${`&lol${level === 0 ? '' : level};`.repeat(10)}">`,
    );
    const hostile = join(tmpdir(), `laughs-${Date.now()}.tmx`);
    writeFileSync(
      hostile,
      `<?xml version="1.0"?>\n<!DOCTYPE tmx [\n<!ENTITY lol "lol">\n${entities.join('\n')}\n]>\n<tmx version="1.4"><header srclang="zh-CN"/><body><tu><tuv xml:lang="zh-CN"><seg>&lol9;</seg></tuv></tu></body></tmx>\n`,
    );
    await page.locator('.translate-header [data-action="import"]').click();
    const dialog = page.getByRole('dialog', { name: 'Import' });
    await dialog.locator('[data-field="import-file"]').setInputFiles(hostile);
    const alert = dialog.locator('[data-import-error]');
    await alert.waitFor();
    assert.match(await alert.innerText(), /Line 3: the file declares entities/);
    assert.equal(await dialog.locator('[data-action="confirm-import"]').count(), 0);
    await page.screenshot({ path: join(screenshots, 'exchange-import-refused.png') });
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    assert.deepEqual(await countRows(page), before);
    await context.close();
  });
});
