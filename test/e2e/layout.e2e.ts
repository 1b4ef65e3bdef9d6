import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { launchChromium } from './launchChromium';
import { WorkbenchPage } from './WorkbenchPage';

interface Viewport {
  readonly width: number;
  readonly height: number;
}

interface RowsInView {
  /** Rows entirely inside the list's window. */
  readonly whole: number;
  /** Rows with at least one line (24 px) inside it. */
  readonly begun: number;
}

const screenshots = join(process.cwd(), 'test-results');
mkdirSync(screenshots, { recursive: true });

const SCREENS: readonly Viewport[] = [
  { width: 1024, height: 768 },
  { width: 1280, height: 800 },
  { width: 1440, height: 900 },
  { width: 1920, height: 1080 },
];

/**
 * Every cell of the rows in the list's window, in the page: its whole width inside the list and the
 * viewport, the middle of its visible part hit by the pointer (nothing on top), and the status control
 * whole inside its column. Returns what is wrong, one line each, and how many rows were checked.
 * (No function-valued constants inside: tsx would wrap them in a helper the page does not have.)
 */
function findHiddenCells(): { rows: number; problems: string[] } {
  const scroller = document.querySelector('.segment-list__scroller')?.getBoundingClientRect();
  if (scroller === undefined) return { rows: 0, problems: ['no segment list'] };
  const problems: string[] = [];
  const rows = [...document.querySelectorAll('[data-segment-id]')].filter((row) => {
    const box = row.getBoundingClientRect();
    return box.bottom > scroller.top && box.top < scroller.bottom;
  });
  for (const row of rows) {
    const name = row.getAttribute('aria-label') ?? '?';
    const cells: ReadonlyArray<readonly [string, Element | null]> = [
      ['number', row.querySelector('.segment-row__number')],
      ['source', row.querySelector('[data-role="source"]')],
      ['target', row.querySelector('[data-role="target"]')],
      ['status', row.querySelector('[data-role="status"]')],
      // The focused row's Annotate control sits under its status.
      ...(row.querySelector('[data-action="annotate"]') === null
        ? []
        : ([['annotate', row.querySelector('[data-action="annotate"]')]] as const)),
    ];
    for (const [column, cell] of cells) {
      if (cell === null) {
        problems.push(`${name}: no ${column} cell`);
        continue;
      }
      const box = cell.getBoundingClientRect();
      if (box.width < 16 || box.height < 16) {
        problems.push(`${name} ${column}: ${box.width}×${box.height} px`);
      }
      const left = Math.max(scroller.left, 0);
      const right = Math.min(scroller.right, window.innerWidth);
      if (box.left < left - 0.5 || box.right > right + 0.5) {
        problems.push(`${name} ${column}: ${box.left}–${box.right} outside ${left}–${right}`);
      }
      const top = Math.max(box.top, scroller.top);
      const bottom = Math.min(box.bottom, scroller.bottom, window.innerHeight);
      if (bottom - top < 1) continue;
      const hit = document.elementFromPoint((box.left + box.right) / 2, (top + bottom) / 2);
      if (hit === null || !cell.contains(hit)) {
        const cover = hit === null ? 'nothing' : `${hit.tagName.toLowerCase()}.${hit.className}`;
        problems.push(`${name} ${column}: covered by ${cover}`);
      }
    }
    const statusControl = row.querySelector('[data-role="status"]');
    if (statusControl !== null && statusControl.scrollWidth > statusControl.clientWidth + 1) {
      problems.push(
        `${name} status: its content (${statusControl.scrollWidth} px) overflows it (${statusControl.clientWidth} px)`,
      );
    }
    const status = statusControl?.getBoundingClientRect();
    const statusColumn = row.querySelector('.segment-row__status')?.getBoundingClientRect();
    if (status !== undefined && statusColumn !== undefined) {
      if (status.left < statusColumn.left - 0.5 || status.right > statusColumn.right + 0.5) {
        problems.push(
          `${name} status: ${status.left}–${status.right} overflows its column ${statusColumn.left}–${statusColumn.right}`,
        );
      }
      const rowTop = row.getBoundingClientRect().top;
      const isRowStartInView = rowTop >= scroller.top && rowTop < scroller.bottom - status.height;
      if (isRowStartInView && (status.top < scroller.top || status.bottom > scroller.bottom)) {
        problems.push(`${name} status: cut off at the list's edge`);
      }
    }
  }
  return { rows: rows.length, problems };
}

/** The open status picker's options, in the page: each whole in the viewport and hit by the pointer. */
function findHiddenOptions(): { options: number; problems: string[] } {
  const picker = document.querySelector('[data-role="status"] select');
  if (!(picker instanceof HTMLSelectElement)) return { options: 0, problems: ['no picker'] };
  const problems: string[] = [];
  for (const option of picker.options) {
    const box = option.getBoundingClientRect();
    if (box.width < 16 || box.height < 16) {
      problems.push(`${option.value}: ${box.width}×${box.height} px`);
    }
    if (box.left < 0 || box.top < 0 || box.right > innerWidth || box.bottom > innerHeight) {
      problems.push(`${option.value}: outside the viewport`);
    }
    const hit = document.elementFromPoint((box.left + box.right) / 2, (box.top + box.bottom) / 2);
    if (hit === null || !option.contains(hit)) {
      problems.push(`${option.value}: covered by ${hit?.tagName ?? 'nothing'}`);
    }
  }
  return { options: picker.options.length, problems };
}

function countRowsInView(): RowsInView {
  const scroller = document.querySelector('.segment-list__scroller')?.getBoundingClientRect();
  if (scroller === undefined) return { whole: 0, begun: 0 };
  const boxes = [...document.querySelectorAll('[data-segment-id]')].map((row) =>
    row.getBoundingClientRect(),
  );
  return {
    whole: boxes.filter(
      (box) => box.top >= scroller.top - 0.5 && box.bottom <= scroller.bottom + 0.5,
    ).length,
    begun: boxes.filter(
      (box) => Math.min(box.bottom, scroller.bottom) - Math.max(box.top, scroller.top) >= 24,
    ).length,
  };
}

/** Resolves once the virtualized rows sit end to end, i.e. the list has measured every row it shows. */
async function waitForSettledList(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const items = [...document.querySelectorAll('.segment-list__item')]
      .map((item) => item.getBoundingClientRect())
      .sort((first, second) => first.top - second.top);
    return (
      items.length > 0 &&
      items.every((box, index) => {
        const next = items[index + 1];
        return next === undefined || Math.abs(next.top - box.bottom) < 1;
      })
    );
  });
}

/** The darkest pixel of a PNG and how many pixels are green (the bar's fill), read in the page. */
async function measurePixels(page: Page, png: Buffer): Promise<{ darkest: number; green: number }> {
  return page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext('2d');
    if (context === null) throw new Error('no 2d canvas');
    context.drawImage(image, 0, 0);
    const pixels = context.getImageData(0, 0, image.width, image.height).data;
    let darkest = 255;
    let green = 0;
    for (let index = 0; index < pixels.length; index += 4) {
      const [red = 0, greenChannel = 0, blue = 0] = pixels.subarray(index, index + 3);
      darkest = Math.min(darkest, 0.2126 * red + 0.7152 * greenChannel + 0.0722 * blue);
      if (greenChannel > 120 && greenChannel > red + 60 && greenChannel > blue + 60) green += 1;
    }
    return { darkest, green };
  }, png.toString('base64'));
}

describe('the translate view on a translator’s screen', () => {
  let browser: Browser;
  before(async () => {
    browser = await launchChromium();
  });
  after(async () => {
    await browser.close();
  });

  async function openWorkbench(
    viewport: Viewport,
    language: 'en' | 'zh' = 'en',
  ): Promise<{ context: BrowserContext; page: Page; workbench: WorkbenchPage }> {
    const context = await browser.newContext({ viewport });
    await context.addInitScript((chosen) => {
      if (localStorage.getItem('bitext.uiLanguage') === null) {
        localStorage.setItem('bitext.uiLanguage', chosen);
      }
    }, language);
    const page = await context.newPage();
    const workbench = new WorkbenchPage(page);
    await workbench.open();
    await waitForSettledList(page);
    return { context, page, workbench };
  }

  async function assertEveryCellUsable(page: Page, where: string): Promise<void> {
    await waitForSettledList(page);
    const { rows, problems } = await page.evaluate(findHiddenCells);
    assert.ok(rows > 0, `${where}: no row in view`);
    assert.deepEqual(problems, [], `${where}: cells not fully visible`);
  }

  /** Opens the row's status menu, checks it, picks `status` from it and checks the row again. */
  async function assertStatusMenuUsable(
    page: Page,
    workbench: WorkbenchPage,
    row: Locator,
    status: string,
    where: string,
    screenshot?: string,
  ): Promise<void> {
    const options = await workbench.openStatusMenu(row);
    if (screenshot !== undefined) await page.screenshot({ path: join(screenshots, screenshot) });
    const { options: count, problems } = await page.evaluate(findHiddenOptions);
    assert.equal(count, 7, `${where}: the picker offers every status`);
    assert.deepEqual(problems, [], `${where}: the status menu is not fully visible`);
    await options.and(page.locator(`[value="${status}"]`)).click();
    await row.and(page.locator(`[data-status="${status}"]`)).waitFor();
    await assertEveryCellUsable(page, `${where}, ${status}`);
  }

  for (const viewport of SCREENS) {
    const size = `${viewport.width}×${viewport.height}`;
    it(`shows every column whole and clickable at ${size}, the status menu too`, async () => {
      const { context, page, workbench } = await openWorkbench(viewport);
      await assertEveryCellUsable(page, `${size}, top of the list`);
      await workbench.editTarget(0);
      await assertEveryCellUsable(page, `${size}, first row focused`);
      for (const status of ['translated', 'reviewed', 'approved', 'new', 'draft']) {
        await assertStatusMenuUsable(
          page,
          workbench,
          workbench.row(0),
          status,
          `${size}, first row`,
        );
      }
      if (viewport.width === 1024 || viewport.width === 1920) {
        await page.screenshot({ path: join(screenshots, `layout-${viewport.width}.png`) });
      }

      await workbench.scrollListToEnd();
      await workbench.target(-1).click();
      const last = workbench.focusedRow();
      await last.locator('[contenteditable="true"]').waitFor();
      assert.equal(await last.getAttribute('aria-label'), 'Segment 34');
      await assertEveryCellUsable(page, `${size}, last row focused`);
      await assertStatusMenuUsable(
        page,
        workbench,
        last,
        'reviewed',
        `${size}, last row`,
        `layout-${viewport.width}-last-row-menu.png`,
      );
      await context.close();
    });
  }

  it('shows every column whole at 1024×768 in Chinese too', async () => {
    const { context, page, workbench } = await openWorkbench({ width: 1024, height: 768 }, 'zh');
    await workbench.editTarget(0);
    await assertEveryCellUsable(page, '1024×768 in Chinese');
    for (const status of ['translated', 'reviewed', 'approved']) {
      await assertStatusMenuUsable(
        page,
        workbench,
        workbench.row(0),
        status,
        '1024×768 in Chinese',
      );
    }
    await page.screenshot({ path: join(screenshots, 'layout-1024-zh.png') });
    await context.close();
  });

  it('draws the progress bar at 0 % as an empty light track, and fills it as segments are done', async () => {
    const { context, page, workbench } = await openWorkbench({ width: 1024, height: 768 });
    const bar = workbench.progressBar();
    assert.equal(await bar.getAttribute('value'), '0');
    const empty = await measurePixels(page, await bar.screenshot());
    assert.ok(empty.darkest > 180, `the empty bar has a pixel as dark as ${empty.darkest}/255`);
    assert.equal(empty.green, 0, 'the empty bar shows some fill');

    await workbench.editTarget(0);
    await assertStatusMenuUsable(page, workbench, workbench.row(0), 'approved', 'progress');
    await page.waitForFunction(
      (element) => element?.getAttribute('value') === '1',
      await bar.elementHandle(),
    );
    const started = await measurePixels(page, await bar.screenshot());
    assert.ok(started.green > 0, 'one segment of 34 done shows no fill');
    await context.close();
  });

  it('collapses the project list and the side panel, and keeps them collapsed after a reload', async () => {
    const { context, page, workbench } = await openWorkbench({ width: 1024, height: 768 });
    const projectList = page.getByRole('navigation', { name: 'Your projects' }).getByRole('list');
    const glossary = page.getByRole('heading', { name: 'Terms in this segment' });
    const listWidth = async () => (await workbench.segmentScroller().boundingBox())?.width ?? 0;
    const expandedWidth = await listWidth();
    assert.equal(await workbench.projectListToggle().getAttribute('aria-expanded'), 'true');
    assert.equal(await workbench.sidePanelToggle().getAttribute('aria-expanded'), 'true');

    await workbench.projectListToggle().click();
    await workbench.sidePanelToggle().focus();
    await page.keyboard.press('Enter');
    await projectList.waitFor({ state: 'hidden' });
    await glossary.waitFor({ state: 'hidden' });
    assert.equal(await workbench.projectListToggle().getAttribute('aria-expanded'), 'false');
    assert.equal(await workbench.sidePanelToggle().getAttribute('aria-expanded'), 'false');
    const collapsedWidth = await listWidth();
    assert.ok(
      collapsedWidth > expandedWidth + 300,
      `the list grew from ${expandedWidth} to only ${collapsedWidth} px`,
    );
    await assertEveryCellUsable(page, 'both panels collapsed');
    await page.screenshot({ path: join(screenshots, 'layout-1024-collapsed.png') });

    await page.reload();
    await workbench.rows().first().waitFor();
    assert.equal(await workbench.projectListToggle().getAttribute('aria-expanded'), 'false');
    assert.equal(await workbench.sidePanelToggle().getAttribute('aria-expanded'), 'false');
    assert.ok(await projectList.isHidden());
    assert.ok(await glossary.isHidden());
    assert.equal(await listWidth(), collapsedWidth);

    await workbench.projectListToggle().click();
    await workbench.sidePanelToggle().click();
    await projectList.waitFor({ state: 'visible' });
    await glossary.waitFor({ state: 'visible' });
    assert.equal(await listWidth(), expandedWidth);
    await context.close();
  });

  it('shows more segments at 1440×900 in compact density, and remembers it', async (test) => {
    const { context, page, workbench } = await openWorkbench({ width: 1440, height: 900 });
    const comfortable = await page.evaluate(countRowsInView);
    assert.equal(await workbench.densityToggle().getAttribute('aria-pressed'), 'false');

    await workbench.densityToggle().click();
    assert.equal(await workbench.densityToggle().getAttribute('aria-pressed'), 'true');
    await waitForSettledList(page);
    const compact = await page.evaluate(countRowsInView);
    await assertEveryCellUsable(page, 'compact');
    await page.screenshot({ path: join(screenshots, 'layout-1440-compact.png') });

    await workbench.projectListToggle().click();
    await workbench.sidePanelToggle().click();
    await waitForSettledList(page);
    const compactCollapsed = await page.evaluate(countRowsInView);
    await assertEveryCellUsable(page, 'compact, both panels collapsed');
    await page.screenshot({ path: join(screenshots, 'layout-1440-compact-collapsed.png') });
    test.diagnostic(
      `rows in view at 1440×900 (whole / at least one line): comfortable ${comfortable.whole} / ${comfortable.begun}, ` +
        `compact ${compact.whole} / ${compact.begun}, compact with both panels collapsed ${compactCollapsed.whole} / ${compactCollapsed.begun}`,
    );
    assert.ok(compact.begun > comfortable.begun, `compact shows ${compact.begun} rows`);
    assert.ok(compact.whole >= comfortable.whole);

    await page.reload();
    await workbench.rows().first().waitFor();
    assert.equal(await workbench.densityToggle().getAttribute('aria-pressed'), 'true');
    await context.close();
  });
});
