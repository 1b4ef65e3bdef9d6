import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchChromium } from './launchChromium';
import { WorkbenchPage } from './WorkbenchPage';

const screenshots = join(process.cwd(), 'test-results');
mkdirSync(screenshots, { recursive: true });

describe('the translation memory in the translate view', () => {
  let browser: Browser;
  before(async () => {
    browser = await launchChromium();
  });
  after(async () => {
    await browser.close();
  });

  it('shows a confirmed sentence as a fuzzy match of a slightly changed one, and uses it', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const workbench = new WorkbenchPage(page);
    await workbench.open();
    await workbench.createProjectFromText(
      'Memory',
      '山西省今年完成投资35亿元。\n\n山西省今年完成投资48亿元。',
    );
    await workbench.source(1).waitFor();
    await workbench.replaceTarget(0, 'Shanxi invested 3.5 billion yuan this year.');
    await page.keyboard.press('Control+Enter');
    await workbench.waitForFocusedRow(1);

    const panel = page.getByRole('region', { name: 'Translation memory' });
    const match = panel.locator('[data-match-score]').first();
    await match.waitFor();
    assert.equal(await match.getAttribute('data-match-score'), '97');
    assert.equal(await match.locator('ins').innerText(), '35');
    assert.equal(await match.locator('del').innerText(), '48');
    await page.screenshot({ path: join(screenshots, 'translation-memory.png') });

    await page.keyboard.press('Control+Alt+1');
    await workbench.waitUntilStored(
      await workbench.segmentId(1),
      'Shanxi invested 3.5 billion yuan this year.',
    );

    await panel.getByLabel('Search the memory').fill('billion yuan');
    const hits = panel.getByRole('list', { name: 'Pairs holding the phrase' });
    assert.equal(await hits.locator('mark').first().innerText(), 'billion yuan');
    await context.close();
  });
});
