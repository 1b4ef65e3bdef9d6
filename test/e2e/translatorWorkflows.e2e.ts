import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { launchChromium } from './launchChromium';
import { WorkbenchPage } from './WorkbenchPage';

interface Viewport {
  readonly width: number;
  readonly height: number;
}

const LONG_SENTENCE = `${'山西省推进转型发展'.repeat(60)}。`;

describe('a translator working through the workbench', () => {
  let browser: Browser;
  before(async () => {
    browser = await launchChromium();
  });
  after(async () => {
    await browser.close();
  });

  async function openWorkbench(viewport: Viewport = { width: 1280, height: 800 }): Promise<{
    context: BrowserContext;
    page: Page;
    workbench: WorkbenchPage;
  }> {
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    const workbench = new WorkbenchPage(page);
    await workbench.open();
    return { context, page, workbench };
  }

  /** Where a cell's top edge is, in pixels below the top of the scrolling list (negative: hidden). */
  async function topInList(workbench: WorkbenchPage, cell: Locator): Promise<number> {
    const list = await workbench.list().boundingBox();
    const box = await cell.boundingBox();
    assert.ok(list && box);
    return box.y - list.y;
  }

  async function heightOfList(workbench: WorkbenchPage): Promise<number> {
    return (await workbench.list().boundingBox())?.height ?? 0;
  }

  it('shows the beginning of a sentence taller than the window when moving to it', async () => {
    const { context, page, workbench } = await openWorkbench();
    await workbench.createProjectFromText(
      'One long sentence',
      `开头一句。${LONG_SENTENCE}结尾一句。`,
    );
    await workbench.source(1).waitFor();
    const listHeight = await heightOfList(workbench);
    const rowHeight = (await workbench.row(1).boundingBox())?.height ?? 0;
    assert.ok(rowHeight > listHeight, `the long row (${rowHeight}px) should not fit`);

    await workbench.editTarget(0);
    await page.keyboard.press('Control+Enter');
    await workbench.waitForFocusedRow(1);
    assert.ok((await topInList(workbench, workbench.source(1))) >= 0, 'Ctrl+Enter hid its start');

    await page.keyboard.press('Alt+ArrowDown');
    await workbench.waitForFocusedRow(2);
    await page.keyboard.press('Alt+ArrowUp');
    await workbench.waitForFocusedRow(1);
    assert.ok((await topInList(workbench, workbench.source(1))) >= 0, 'Alt+↑ hid its start');
    await context.close();
  });

  it('shows the beginning of a long sample segment whose draft ends below the window', async () => {
    const { context, page, workbench } = await openWorkbench({ width: 1024, height: 600 });
    await workbench.editTarget(2);
    await page.keyboard.press('Control+Enter');
    await workbench.waitForFocusedRow(3);
    const listHeight = await heightOfList(workbench);
    const rowHeight = (await workbench.row(3).boundingBox())?.height ?? 0;
    assert.ok(rowHeight > listHeight, `segment 4 (${rowHeight}px) should not fit`);
    assert.ok(
      (await topInList(workbench, workbench.source(3))) >= 0,
      'its start was scrolled away',
    );
    await context.close();
  });

  for (const { viewport, minimumWidth } of [
    { viewport: { width: 1024, height: 768 }, minimumWidth: 200 },
    { viewport: { width: 1280, height: 800 }, minimumWidth: 260 },
  ]) {
    it(`leaves the sentences room to read at ${viewport.width}×${viewport.height}`, async () => {
      const { context, workbench } = await openWorkbench(viewport);
      for (const cell of [workbench.source(0), workbench.target(0)]) {
        const width = (await cell.boundingBox())?.width ?? 0;
        assert.ok(width >= minimumWidth, `a column ${width}px wide is too narrow to read`);
      }
      const status = workbench.statusBadge(0);
      assert.equal(await status.getAttribute('title'), 'Draft');
      const statusBox = await status.boundingBox();
      const rowBox = await workbench.row(0).boundingBox();
      assert.ok(statusBox && rowBox && statusBox.x + statusBox.width <= rowBox.x + rowBox.width);
      await context.close();
    });
  }

  for (const { name, viewport, pickTerm } of [
    { name: 'at the top of the list', viewport: { width: 1280, height: 800 }, pickTerm: 0 },
    { name: 'near the right edge', viewport: { width: 1024, height: 768 }, pickTerm: -1 },
  ]) {
    it(`shows the whole tooltip of a highlighted term ${name}`, async () => {
      const { context, workbench } = await openWorkbench(viewport);
      const terms = workbench.highlightedTerms(1);
      const term = pickTerm < 0 ? terms.nth((await terms.count()) + pickTerm) : terms.nth(pickTerm);
      const expected = await term.getAttribute('aria-description');
      await term.evaluate((element) => {
        const scroller = element.closest('.segment-list__scroller');
        if (scroller === null) return;
        const offset = element.getBoundingClientRect().top - scroller.getBoundingClientRect().top;
        scroller.scrollTop += offset - 2;
      });
      await term.hover();
      const tooltip = workbench.tooltip();
      await tooltip.waitFor({ state: 'visible' });
      assert.equal(await tooltip.innerText(), expected);
      const box = await tooltip.boundingBox();
      const termBox = await term.boundingBox();
      assert.ok(box && termBox);
      assert.ok(box.x >= 0 && box.x + box.width <= viewport.width, 'cut off at the side');
      assert.ok(box.y >= 0 && box.y + box.height <= viewport.height, 'cut off at the top');
      assert.ok(box.y >= termBox.y + termBox.height || box.y + box.height <= termBox.y);
      const isOnTop = await tooltip.evaluate((element) => {
        // elementFromPoint skips elements the pointer passes through, as a tooltip is.
        if (element instanceof HTMLElement) element.style.pointerEvents = 'auto';
        const rectangle = element.getBoundingClientRect();
        const corners = [
          [rectangle.left + 2, rectangle.top + 2],
          [rectangle.right - 2, rectangle.bottom - 2],
        ] as const;
        return corners.every(([x, y]) => element.contains(document.elementFromPoint(x, y)));
      });
      assert.ok(isOnTop, 'something covers the tooltip');
      await context.close();
    });
  }

  it('shows the tooltip of the term reached with the keyboard, even with the pointer on another', async () => {
    const { context, workbench } = await openWorkbench();
    const terms = workbench.highlightedTerms(0);
    await terms.first().hover();
    const tooltip = workbench.tooltip();
    assert.equal(await tooltip.innerText(), await terms.first().getAttribute('aria-description'));
    await terms.last().focus();
    assert.equal(await tooltip.innerText(), await terms.last().getAttribute('aria-description'));
    assert.equal(await tooltip.count(), 1);
    await context.close();
  });

  it('keeps showing the tooltip of a term the list scrolled under the pointer', async () => {
    const { context, workbench } = await openWorkbench();
    const below = workbench.highlightedTerms().nth(8);
    assert.ok(await below.evaluate((term) => term.getBoundingClientRect().top > innerHeight));
    await below.hover();
    await workbench.waitForListToSettle();
    assert.ok((await workbench.list().evaluate((element) => element.scrollTop)) > 0);
    assert.equal(
      await workbench.tooltip().innerText(),
      await below.getAttribute('aria-description'),
    );
    await context.close();
  });

  it('puts the caret at the end when coming back to a segment clicked earlier', async () => {
    const { context, page, workbench } = await openWorkbench();
    const segmentId = await workbench.segmentId(0);
    const draft = await workbench.target(0).innerText();
    await workbench.target(0).click({ position: { x: 12, y: 12 } });
    await workbench.waitForFocusedRow(0);
    await page.keyboard.press('Control+Enter');
    await workbench.waitForFocusedRow(1);
    await page.keyboard.press('Alt+ArrowUp');
    await workbench.waitForFocusedRow(0);
    await page.keyboard.type(' Added.');
    await workbench.waitUntilStored(segmentId, `${draft} Added.`);
    await context.close();
  });

  it('opens a 2,000-segment project again at the last segment edited, with its text', async () => {
    const { context, page, workbench } = await openWorkbench();
    const paragraphs = Array.from({ length: 400 }, (_, paragraph) =>
      Array.from(
        { length: 5 },
        (_, sentence) => `第${paragraph + 1}段第${sentence + 1}句，这是一个测试句子。`,
      ).join(''),
    );
    await workbench.createProjectFromText('Two thousand', paragraphs.join('\n'));
    await workbench.progressSummary('2,000').waitFor();
    const lastRow = await workbench.scrollToRowWithText('第400段第5句');
    const segmentId = await lastRow.getAttribute('data-segment-id');
    assert.ok(segmentId);
    await workbench.targetOfSegment(segmentId).click();
    await page.keyboard.type('The last sentence.');
    await workbench.waitUntilStored(segmentId, 'The last sentence.');

    await page.reload();
    const restored = workbench.rowOfSegment(segmentId);
    await workbench.editorOfSegment(segmentId).waitFor({ timeout: 10_000 });
    assert.equal(await restored.getAttribute('aria-current'), 'true');
    assert.ok(await restored.isVisible());
    assert.equal(await workbench.targetOfSegment(segmentId).innerText(), 'The last sentence.');
    await page.keyboard.type(' More.');
    await workbench.waitUntilStored(segmentId, 'The last sentence. More.');
    await context.close();
  });

  it('shows the beginning of a long segment the workbench reopens at after a reload', async () => {
    const { context, page, workbench } = await openWorkbench({ width: 1024, height: 600 });
    await workbench.editTarget(3);
    await page.reload();
    await workbench.waitForFocusedRow(3);
    const listHeight = await heightOfList(workbench);
    const rowHeight = (await workbench.row(3).boundingBox())?.height ?? 0;
    assert.ok(rowHeight > listHeight, `segment 4 (${rowHeight}px) should not fit`);
    assert.ok((await topInList(workbench, workbench.source(3))) >= 0, 'its start is scrolled away');
    await context.close();
  });

  it('keeps a long row where it was when its target is clicked on first start', async () => {
    const { context, workbench } = await openWorkbench({ width: 1024, height: 600 });
    const rowHeight = (await workbench.row(0).boundingBox())?.height ?? 0;
    const listHeight = await heightOfList(workbench);
    assert.ok(rowHeight > listHeight, `the first row (${rowHeight}px) should not fit`);
    const before = await topInList(workbench, workbench.source(0));
    await workbench.target(0).click({ position: { x: 20, y: 40 } });
    await workbench.waitForFocusedRow(0);
    assert.equal(await topInList(workbench, workbench.source(0)), before);
    await context.close();
  });
});
