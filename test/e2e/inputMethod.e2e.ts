import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchChromium } from './launchChromium';
import { WorkbenchPage } from './WorkbenchPage';

describe('typing through an input method', () => {
  let browser: Browser;
  before(async () => {
    browser = await launchChromium();
  });
  after(async () => {
    await browser.close();
  });

  it('stores the composed text once, and a shortcut pressed while composing does nothing', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const workbench = new WorkbenchPage(await context.newPage());
    await workbench.open();
    const segmentId = await workbench.segmentId(1);
    const draft = await workbench.target(1).innerText();
    const editor = await workbench.editTarget(1);
    await editor.press('ControlOrMeta+End');
    const keysWhileComposing: boolean[] = [];
    await workbench.page.exposeFunction('recordKey', (isComposing: boolean) =>
      keysWhileComposing.push(isComposing),
    );
    await workbench.page.evaluate(() =>
      document.addEventListener(
        'keydown',
        (event) =>
          (globalThis as unknown as { recordKey(isComposing: boolean): void }).recordKey(
            event.isComposing,
          ),
        true,
      ),
    );

    await workbench.typeWithInputMethod(['z', 'zhong', '中', '中w', '中文'], '中文', () =>
      workbench.page.keyboard.press('Control+Enter'),
    );

    const expected = `${draft}中文`;
    await workbench.waitUntilStored(segmentId, expected);
    assert.equal(await workbench.target(1).innerText(), expected);
    assert.deepEqual(keysWhileComposing.slice(-1), [true], 'Ctrl+Enter came during composition');
    assert.equal(await workbench.status(1), 'draft', 'Ctrl+Enter confirmed the segment');
    assert.equal(await workbench.storedStatus(segmentId), 'draft');
    assert.equal(await workbench.row(1).getAttribute('aria-current'), 'true');
    await workbench.waitForFocusInSegment(segmentId);
    await context.close();
  });
});
