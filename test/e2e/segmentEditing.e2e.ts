import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { launchChromium } from './launchChromium';
import { WorkbenchPage, type StoredSegmentRow } from './WorkbenchPage';

const screenshots = join(process.cwd(), 'test-results');
mkdirSync(screenshots, { recursive: true });

/** The left edge of each of the given characters of an element's text, as drawn. */
function characterLefts(element: Locator, characters: readonly string[]): Promise<number[]> {
  return element.evaluate((root, wanted) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const lefts = new Map<string, number>();
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      for (let index = 0; index < text.length; index += 1) {
        const character = text[index] ?? '';
        if (!wanted.includes(character) || lefts.has(character)) continue;
        const range = document.createRange();
        range.setStart(node, index);
        range.setEnd(node, index + 1);
        lefts.set(character, range.getBoundingClientRect().left);
      }
    }
    return wanted.map((character) => lefts.get(character) ?? Number.NaN);
  }, characters);
}

describe('editing a segment in Chromium', () => {
  let browser: Browser;
  before(async () => {
    browser = await launchChromium();
  });
  after(async () => {
    await browser.close();
  });

  async function openWorkbench(viewport = { width: 1280, height: 800 }): Promise<{
    context: BrowserContext;
    page: Page;
    workbench: WorkbenchPage;
  }> {
    const context = await browser.newContext({ viewport, deviceScaleFactor: 2 });
    const page = await context.newPage();
    const workbench = new WorkbenchPage(page);
    await workbench.open();
    return { context, page, workbench };
  }

  async function segmentIdOf(workbench: WorkbenchPage, index: number): Promise<string> {
    const id = await workbench.row(index).getAttribute('data-segment-id');
    assert.ok(id);
    return id;
  }

  async function waitForStoredTarget(
    page: Page,
    segmentId: string,
    isDone: (stored: StoredSegmentRow) => boolean,
  ): Promise<StoredSegmentRow> {
    const deadline = Date.now() + 10_000;
    for (;;) {
      const stored = await new WorkbenchPage(page).storedSegment(segmentId);
      if (stored !== undefined && isDone(stored)) return stored;
      if (Date.now() > deadline) throw new Error(`Segment ${segmentId} never stored as expected.`);
      await page.waitForFunction(() => new Promise((resolve) => requestAnimationFrame(resolve)));
    }
  }

  it('keeps the target one paragraph: Enter does nothing, Shift+Enter breaks the line', async () => {
    const { context, page, workbench } = await openWorkbench();
    const segmentId = await segmentIdOf(workbench, 1);
    await workbench.replaceTarget(1, 'One');
    await page.keyboard.press('Enter');
    await page.keyboard.type('two');
    await page.keyboard.press('Shift+Enter');
    await page.keyboard.type('three');
    const stored = await waitForStoredTarget(page, segmentId, (row) =>
      (row.targetText ?? '').endsWith('three'),
    );
    assert.equal(stored.targetText, 'Onetwo\nthree');
    assert.deepEqual(stored.target, {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Onetwo' },
            { type: 'hardBreak' },
            { type: 'text', text: 'three' },
          ],
        },
      ],
    });
    assert.equal(await workbench.target(1).locator('p').count(), 1);
    await context.close();
  });

  it('still confirms and moves on with Ctrl+Enter, adding no line break', async () => {
    const { context, page, workbench } = await openWorkbench();
    const segmentId = await segmentIdOf(workbench, 0);
    const draft = await workbench.target(0).innerText();
    await workbench.editTarget(0);
    await page.keyboard.press('Control+Enter');
    await page.waitForFunction(
      (id) =>
        document.querySelector(`[data-segment-id="${id}"]`)?.getAttribute('data-status') ===
        'translated',
      segmentId,
    );
    await workbench.row(1).locator('[contenteditable="true"]').waitFor();
    assert.equal((await new WorkbenchPage(page).storedSegment(segmentId))?.targetText, draft);
    await context.close();
  });

  it('marks nothing bold or italic with Ctrl+B and Ctrl+I', async () => {
    const { context, page, workbench } = await openWorkbench();
    const segmentId = await segmentIdOf(workbench, 1);
    await workbench.replaceTarget(1, 'plain ');
    await page.keyboard.press('Control+b');
    await page.keyboard.press('Control+i');
    await page.keyboard.type('still plain');
    const stored = await waitForStoredTarget(page, segmentId, (row) =>
      (row.targetText ?? '').endsWith('still plain'),
    );
    assert.equal(stored.targetText, 'plain still plain');
    assert.doesNotMatch(JSON.stringify(stored.target), /marks/);
    assert.equal(await workbench.target(1).locator('strong, b, em, i').count(), 0);
    await context.close();
  });

  it('spaces a term inserted at the end from the word typed after it', async () => {
    const { context, page, workbench } = await openWorkbench();
    const segmentId = await segmentIdOf(workbench, 0);
    await workbench.replaceTarget(0, 'The');
    const insert = page.getByRole('button', { name: /^Insert “.+” into the translation$/ }).first();
    const label = (await insert.getAttribute('aria-label')) ?? '';
    const rendering = /“(.+)”/.exec(label)?.[1] ?? '';
    await workbench.target(0).locator('[contenteditable="true"]').press('Alt+1');
    await page.keyboard.type('is key.');
    const expected = `The ${rendering} is key.`;
    await workbench.waitUntilStored(segmentId, expected);
    await context.close();
  });

  it('drops NUL, other control characters and lone surrogates from a paste', async () => {
    const { context, workbench } = await openWorkbench();
    const segmentId = await segmentIdOf(workbench, 1);
    const editor = await workbench.editTarget(1);
    await editor.press('ControlOrMeta+a');
    await editor.evaluate((element) => {
      const clipboardData = new DataTransfer();
      clipboardData.setData('text/plain', 'Pasted\u0000 text\u0007 with\uD800 junk\r\nremoved.');
      element.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }),
      );
    });
    await workbench.waitUntilStored(segmentId, 'Pasted text with junk removed.');
    await context.close();
  });

  it('drops a text dragged in from outside as cleaned plain text', async () => {
    const { context, workbench } = await openWorkbench();
    const segmentId = await segmentIdOf(workbench, 1);
    const editor = await workbench.editTarget(1);
    await editor.press('ControlOrMeta+a');
    await editor.press('Backspace');
    await editor.evaluate((element) => {
      const dataTransfer = new DataTransfer();
      dataTransfer.setData('text/plain', 'Dropped\u0000 text\n\nin one line.');
      dataTransfer.setData('text/html', '<h1>Dropped</h1><p><b>text</b></p>');
      const box = element.getBoundingClientRect();
      element.dispatchEvent(
        new DragEvent('drop', {
          dataTransfer,
          clientX: box.left + 8,
          clientY: box.top + box.height / 2,
          bubbles: true,
          cancelable: true,
        }),
      );
    });
    await workbench.waitUntilStored(segmentId, 'Dropped text in one line.');
    await context.close();
  });

  it('gives each source one Tab stop, moves between its terms with arrows and announces them', async () => {
    const { context, page, workbench } = await openWorkbench();
    const firstRowTerms = workbench.source(0).locator('[data-term-id]');
    assert.ok((await firstRowTerms.count()) >= 2, 'row 1 of the sample needs two terms');
    for (const index of [0, 1, 2]) {
      const tabbable = workbench.source(index).locator('[data-term-id][tabindex="0"]');
      assert.equal(await tabbable.count(), 1, `row ${index + 1} has one Tab stop`);
    }

    const editor = await workbench.editTarget(0);
    await editor.press('Shift+Tab');
    const focusedTerm = page.locator('[data-term-id]:focus');
    await focusedTerm.waitFor();
    assert.equal(
      await focusedTerm.getAttribute('data-term-id'),
      await firstRowTerms.first().getAttribute('data-term-id'),
    );
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(
      () =>
        document.activeElement ===
        document.querySelectorAll('[data-segment-id] [data-role="source"] [data-term-id]')[1],
    );
    const tooltip = page.getByRole('tooltip');
    await tooltip.waitFor();
    const describedBy = await focusedTerm.getAttribute('aria-describedby');
    assert.equal(await tooltip.getAttribute('id'), describedBy);
    assert.equal(await tooltip.innerText(), await focusedTerm.getAttribute('data-tooltip'));
    await page.screenshot({ path: join(screenshots, 'term-focused-by-arrow.png') });

    const cdp = await context.newCDPSession(page);
    const { root } = await cdp.send('DOM.getDocument');
    const { nodeId } = await cdp.send('DOM.querySelector', {
      nodeId: root.nodeId,
      selector: '[data-term-id]:focus',
    });
    const { nodes } = await cdp.send('Accessibility.getPartialAXTree', {
      nodeId,
      fetchRelatives: false,
    });
    assert.equal(nodes[0]?.description?.value, await focusedTerm.getAttribute('data-tooltip'));

    await page.keyboard.press('Tab');
    await workbench.target(0).locator('[contenteditable="true"]:focus').waitFor();
    await page.keyboard.press('Tab');
    await workbench.row(0).getByRole('combobox', { name: 'Status of segment 1' }).waitFor();
    assert.equal(
      await page.evaluate(() => document.activeElement?.getAttribute('aria-label')),
      'Status of segment 1',
    );
    await page.keyboard.press('Tab');
    await workbench.row(0).locator('[data-action="annotate"]:focus').waitFor();
    await page.keyboard.press('Tab');
    const nextRowStop = workbench.source(1).locator('[data-term-id][tabindex="0"]');
    await page.waitForFunction(
      () =>
        document.activeElement?.closest('[data-role="source"]') ===
        document.querySelectorAll('[data-segment-id] [data-role="source"]')[1],
    );
    assert.equal(await nextRowStop.evaluate((element) => element === document.activeElement), true);
    await page.keyboard.press('Tab');
    await workbench.target(1).locator('[contenteditable="true"]:focus').waitFor();
    await context.close();
  });

  for (const viewport of [
    { width: 1024, height: 768 },
    { width: 1600, height: 900 },
  ]) {
    it(`shows a source's bidi controls isolated at ${viewport.width}×${viewport.height}`, async () => {
      const { context, page, workbench } = await openWorkbench(viewport);
      await workbench.createProjectFromText(
        'Bidi controls',
        '价格为\u202E100元\u202C，不会反转。第二句\u2067带有隔离\u2069符号。',
      );
      await page.locator('[data-segment-id]', { hasText: '不会反转' }).waitFor();
      const order = ['价', '1', '0', '元', '，', '不'];
      const isInOrder = (lefts: readonly number[]) =>
        lefts.every((left, index) => index === 0 || left > (lefts[index - 1] ?? Infinity));
      const staticLefts = await characterLefts(workbench.source(0), order);
      assert.ok(isInOrder(staticLefts), `static row drawn out of order: ${staticLefts.join(', ')}`);
      assert.equal(await workbench.source(0).locator('.bidi-control').count(), 2);
      await page.screenshot({ path: join(screenshots, `bidi-static-${viewport.width}.png`) });

      await workbench.editTarget(0);
      await workbench.source(0).locator('.ProseMirror .bidi-control').first().waitFor();
      const focusedLefts = await characterLefts(workbench.source(0), order);
      assert.ok(
        isInOrder(focusedLefts),
        `source view drawn out of order: ${focusedLefts.join(', ')}`,
      );
      assert.equal(
        await workbench
          .source(0)
          .innerText()
          .then((text) => text.includes('\u202E100元\u202C')),
        true,
      );
      await page.screenshot({ path: join(screenshots, `bidi-focused-${viewport.width}.png`) });
      await workbench
        .source(0)
        .screenshot({ path: join(screenshots, `bidi-source-${viewport.width}.png`) });
      await context.close();
    });
  }

  it('opens the sample with 34 segments', async () => {
    const { context, page } = await openWorkbench();
    await page.locator('.progress-summary', { hasText: '/ 34 segments' }).waitFor();
    await context.close();
  });
});
