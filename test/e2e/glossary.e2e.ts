import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchChromium } from './launchChromium';
import { WorkbenchPage } from './WorkbenchPage';

const TERM = '云端工坊';
const TEXT = `${TERM}开门了。我们今天去${TERM}看看。${TERM}里有很多人。`;

describe('keeping the glossary', () => {
  let browser: Browser;
  const folder = mkdtempSync(join(tmpdir(), 'bitext-glossary-'));
  before(async () => {
    browser = await launchChromium();
  });
  after(async () => {
    await browser.close();
  });

  it('adds a term from a selection, forbids its rendering, checks, exports TBX and imports it elsewhere', async () => {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      acceptDownloads: true,
    });
    try {
      const page = await context.newPage();
      const workbench = new WorkbenchPage(page);
      await workbench.open();
      await workbench.createProjectFromText('Workshop', TEXT);
      await workbench.source(2).waitFor();
      await workbench.replaceTarget(0, 'The cloud workshop opened.');
      await workbench.replaceTarget(1, 'Today we visit the cloud workshops.');
      await workbench.replaceTarget(2, 'Many people are in the cloud studio.');
      await workbench.waitUntilSavedAndIdle();

      // A term from a selection, highlighted in every segment.
      await workbench.selectSourceText(0, 0, TERM.length);
      const form = await workbench.openAddTermForm();
      assert.equal(await form.getByLabel('Chinese term').inputValue(), TERM);
      await form.getByLabel('English rendering').fill('cloud workshop');
      await form.getByRole('button', { name: 'Save term' }).click();
      for (const index of [0, 1, 2])
        await workbench.row(index).locator('[data-term-id]', { hasText: TERM }).waitFor();

      // Its rendering forbidden on the glossary screen, another one preferred.
      await workbench.openGlossary();
      const row = await workbench.glossaryEntry(TERM);
      assert.match(await row.innerText(), /3 segments/);
      await row.locator('[data-action="edit-entry"]').click();
      const editor = page.getByRole('form', { name: `Edit the entry ${TERM}` });
      await editor.getByLabel('Status of rendering 1').selectOption('forbidden');
      await editor.getByRole('button', { name: 'Add a rendering' }).click();
      await editor.getByLabel('Rendering 2', { exact: true }).fill('cloud studio');
      await editor.getByLabel('Status of rendering 2').selectOption('preferred');
      await editor.getByRole('button', { name: 'Save' }).click();
      await row
        .locator('[data-rendering-status="forbidden"]', { hasText: 'cloud workshop' })
        .waitFor();

      // The translate view marks the forbidden rendering where a target still uses it.
      await workbench.openProject('Workshop');
      await workbench.source(2).waitFor();
      await workbench.editTarget(2);
      for (const index of [0, 1]) {
        const mark = workbench.avoidedRenderings(index);
        await mark.waitFor();
        assert.equal(await mark.getAttribute('data-term-status'), 'forbidden');
      }
      assert.equal(await workbench.avoidedRenderings(2).count(), 0);
      const check = page.locator('[data-role="term-check"]');
      await check.locator('[data-scope="project"]').click();
      await check.locator('[data-finding-kind="forbidden"]').first().waitFor();
      assert.equal(await check.locator('[data-finding-kind="forbidden"]').count(), 2);

      // Export as TBX v3.
      await workbench.openGlossary();
      await page.getByRole('combobox', { name: 'Export format' }).selectOption('tbx');
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.locator('[data-action="export-glossary"]').click(),
      ]);
      const tbxPath = join(folder, download.suggestedFilename());
      await download.saveAs(tbxPath);
      const tbx = readFileSync(tbxPath, 'utf8');
      assert.match(tbx, /<tbx [^>]*type="TBX-Basic"/);
      assert.ok(tbx.includes(TERM));

      // A new project, and a glossary of its own read from the file.
      await workbench.createProjectFromText('Second', TEXT);
      await workbench.source(2).waitFor();
      assert.equal(await workbench.row(0).locator('[data-term-id]').count(), 0);
      await workbench.openGlossary();
      await page.locator('[data-action="new-glossary"]').click();
      await page.getByRole('dialog').getByLabel('Name').fill('Imported terms');
      await page.locator('[data-action="save-glossary-name"]').click();
      const use = page
        .locator('[data-role="project-glossaries"] label', { hasText: 'Imported terms' })
        .getByRole('checkbox');
      await use.click();
      await use.and(page.locator(':checked')).waitFor();

      // A hostile file is refused with its line; the real one is previewed, then imported.
      const hostile = join(folder, 'hostile.tbx');
      writeFileSync(hostile, '<?xml version="1.0"?>\n<!DOCTYPE tbx [<!ENTITY a "b">]>\n<tbx/>\n');
      await page.locator('[data-action="import-glossary"]').click();
      const dialog = page.locator('[data-role="glossary-import"]');
      await dialog.locator('input[type="file"]').setInputFiles(hostile);
      assert.match(await dialog.locator('[data-role="import-error"]').innerText(), /^Line 2/);
      await dialog.locator('input[type="file"]').setInputFiles(tbxPath);
      await dialog.locator('[data-count="added"] dd', { hasText: '1' }).waitFor();
      await dialog.locator('[data-action="confirm-glossary-import"]').click();
      await dialog.waitFor({ state: 'detached' });
      const imported = await workbench.glossaryEntry(TERM);
      await imported
        .locator('[data-rendering-status="forbidden"]', { hasText: 'cloud workshop' })
        .waitFor();
      await imported
        .locator('[data-rendering-status="preferred"]', { hasText: 'cloud studio' })
        .waitFor();

      await workbench.openProject('Second');
      await workbench.row(1).locator('[data-term-id]', { hasText: TERM }).waitFor();
    } finally {
      await context.close();
    }
  });

  it('finds the sample’s term candidates with the dictionary, in a worker', async () => {
    const context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
    try {
      const page = await context.newPage();
      const workbench = new WorkbenchPage(page);
      await workbench.open();
      await workbench.source(0).waitFor();
      const screen = await workbench.openGlossary();
      await screen.locator('[data-tab="candidates"]').click();
      // 核心竞争力 is in no starter entry; CC-CEDICT's glosses back its rendering.
      await screen
        .locator('[data-candidate="核心竞争力"]', { hasText: 'core competitiveness' })
        .waitFor();
      assert.equal(await screen.locator('[data-role="candidates-without-dictionary"]').count(), 0);
      // A fragment of 县域医疗 is not offered.
      assert.equal(await screen.locator('[data-candidate="县域医"]').count(), 0);
      await page.screenshot({ path: join(folder, 'candidates-1024.png') });
    } finally {
      await context.close();
    }
  });
});
