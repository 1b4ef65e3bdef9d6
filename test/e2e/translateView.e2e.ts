import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { generateChineseText } from '../bench/generateChineseText';
import { launchChromium } from './launchChromium';
import { WorkbenchPage } from './WorkbenchPage';

let browser: Browser;
before(async () => {
  browser = await launchChromium();
});
after(async () => {
  await browser.close();
});

describe('finding and going to segments in a 10,000-segment document', () => {
  it('finds text in rows far outside the DOM, scrolls to each hit, and goes to a number', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'bitext-find-'));
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    try {
      const workbench = new WorkbenchPage(await context.newPage());
      await workbench.open();
      const file = join(folder, 'long.txt');
      writeFileSync(file, generateChineseText(10_000));
      await workbench.createProjectFromFile('Long document', file);
      await workbench.rows().filter({ hasText: '第1句' }).first().waitFor({ timeout: 60_000 });
      assert.ok((await workbench.rows().count()) < 100, 'the list is virtualized');

      const find = await workbench.openFind();
      await find.fill('第9876句');
      await workbench.findCount().filter({ hasText: '1 of 1 · segment 9,876' }).waitFor();
      await workbench.focusedRow().filter({ hasText: '第9876句' }).waitFor();
      assert.ok(await workbench.focusedRow().isVisible());
      assert.equal(await find.evaluate((element) => element === document.activeElement), true);

      await find.fill('第999');
      await workbench
        .findCount()
        .filter({ hasText: /^1 of 11 · segment 999$/ })
        .waitFor();
      await find.press('Enter');
      await workbench
        .findCount()
        .filter({ hasText: /^2 of 11 · segment 9,990$/ })
        .waitFor();
      await workbench.focusedRow().filter({ hasText: '第9990句' }).waitFor();
      await find.press('Escape');
      await workbench.findBox().waitFor({ state: 'detached' });

      await workbench.goToSegment(5000);
      await workbench.focusedRow().filter({ hasText: '第5000句' }).waitFor();
      assert.ok(await workbench.focusedRow().isVisible());
    } finally {
      await context.close();
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

describe('a project deleted in another tab while it is being edited', () => {
  it('keeps what was typed in the editing tab, writes nothing elsewhere, and saves it as a new project', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    try {
      const editing = new WorkbenchPage(await context.newPage());
      await editing.open();
      await editing.createProjectFromText('Doomed', '第一句。第二句。第三句。');
      await editing.rows().filter({ hasText: '第一句' }).waitFor();
      const deleting = new WorkbenchPage(await context.newPage());
      await deleting.open();
      await deleting.openProject('Doomed');

      const editor = await editing.editTarget(1);
      await editor.pressSequentially('Typed before the delete');
      await deleting.deleteProject('Doomed');

      const notice = editing.projectDeletedNotice();
      await notice.waitFor();
      assert.match(await editing.target(1).innerText(), /Typed before the delete/);
      // Going on typing goes nowhere: the rows are read-only and no other project changes.
      await editing.page.keyboard.type(' and after');
      await editing.target(2).click();
      await editing.page.keyboard.type('Stray words');
      assert.equal(await editing.target(2).locator('[contenteditable="true"]').count(), 0);
      assert.equal(await editing.storedTextsContaining('Stray words'), 0);
      assert.equal(await editing.storedTextsContaining('and after'), 0);

      await notice.getByRole('button', { name: 'Save as a new project' }).click();
      await notice.getByText('Saved as the project “Doomed (recovered)”.').waitFor();
      assert.equal(await editing.storedTextsContaining('Typed before the delete'), 1);
      await deleting.openProject('Doomed (recovered)');
      await deleting.rows().filter({ hasText: 'Typed before the delete' }).waitFor();
    } finally {
      await context.close();
    }
  });
});

describe('adding a term from two selections', () => {
  for (const order of ['source first', 'target first'] as const) {
    it(`fills both fields when the ${order.replace(' first', '')} is selected first`, async () => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      try {
        const workbench = new WorkbenchPage(await context.newPage());
        await workbench.open();
        const editor = await workbench.editTarget(0);
        const selectTarget = async () => {
          await editor.click();
          await editor.press('ControlOrMeta+End');
          await editor.press('Shift+ControlOrMeta+ArrowLeft');
        };
        const selectSource = () => workbench.selectSourceText(0, 0, 3);
        if (order === 'source first') {
          await selectSource();
          await selectTarget();
        } else {
          await selectTarget();
          await selectSource();
        }
        const form = await workbench.openAddTermForm();
        assert.equal(await form.getByLabel('Chinese term').inputValue(), '连日来');
        assert.notEqual(await form.getByLabel('English rendering').inputValue(), '');
      } finally {
        await context.close();
      }
    });
  }
});
