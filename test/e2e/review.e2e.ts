import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './launchChromium';
import { WorkbenchPage } from './WorkbenchPage';

const SCREENSHOTS = process.env.E2E_SCREENSHOTS;

describe('reviewing: filter, bulk status, replace, checks', () => {
  let browser: Browser;
  before(async () => {
    browser = await launchChromium();
  });
  after(async () => {
    await browser.close();
  });

  async function openWorkbench(
    width = 1280,
    height = 800,
  ): Promise<{
    context: BrowserContext;
    page: Page;
    workbench: WorkbenchPage;
  }> {
    const context = await browser.newContext({ viewport: { width, height } });
    const page = await context.newPage();
    const workbench = new WorkbenchPage(page);
    await workbench.open();
    return { context, page, workbench };
  }

  async function screenshot(page: Page, name: string): Promise<void> {
    if (SCREENSHOTS === undefined) return;
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: `${SCREENSHOTS}/${name}.png` });
  }

  it('approves every segment a filter shows, across the document, and undoes it', async () => {
    const { context, page, workbench } = await openWorkbench();
    const ids = await Promise.all([0, 1].map((index) => workbench.segmentId(index)));
    await workbench.segmentFilter().fill('plenary session');
    await workbench.segmentFilterCount().filter({ hasText: 'of 34 segments' }).waitFor();
    const shown = await workbench.rows().count();
    const count = Number(
      /^(\d+) of 34/.exec(await workbench.segmentFilterCount().innerText())?.[1],
    );
    assert.ok(count >= 5 && count < 34, `the filter should keep some segments, kept ${count}`);
    assert.ok(shown <= count);
    const shownIds = await workbench
      .rows()
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-segment-id') ?? ''));
    assert.ok(!shownIds.includes(ids[1] ?? ''), 'segment 2 does not mention the plenary session');

    await page.locator('[data-role="bulk-status"]').selectOption('approved');
    const dialog = page.getByRole('alertdialog');
    await dialog.getByText(`The ${count} segments shown become “Approved”`).waitFor();
    await screenshot(page, 'review-bulk-confirm');
    await dialog.locator('[data-action="confirm-bulk-status"]').click();
    await page.getByText(`${count} segments set to “Approved”.`).waitFor();
    await page.waitForFunction(() =>
      [...document.querySelectorAll('[data-segment-id]')].every(
        (row) => row.getAttribute('data-status') === 'approved',
      ),
    );
    assert.equal(await workbench.storedStatus(ids[0] ?? ''), 'approved');
    assert.equal(await workbench.storedStatus(ids[1] ?? ''), 'draft');

    await page.locator('[data-action="undo-bulk-status"]').click();
    await page.getByText('Undone.').waitFor();
    assert.equal(await workbench.storedStatus(ids[0] ?? ''), 'draft');
    await workbench.segmentFilter().fill('');
    await workbench.rows().nth(1).waitFor();
    await context.close();
  });

  it('replaces across the document after a preview and undoes it as one step', async () => {
    const { context, page, workbench } = await openWorkbench();
    const before = await workbench.storedTextsContaining('plenary session');
    assert.ok(before >= 5, `the sample mentions the plenary session ${before} times`);
    await workbench.editTarget(0);
    const find = await workbench.openFind();
    await find.fill('plenary session');
    await page.locator('[data-action="open-replace"]').click();
    await page.locator('[data-role="replace"]').fill('plenum');
    await page.locator('[data-action="replace-preview"]').click();
    const preview = page.getByRole('dialog', { name: 'Replace in translations' });
    await preview.getByText(`${before} translations change.`).waitFor();
    assert.equal(await preview.locator('[data-role="replace-preview"] > li').count(), before);
    assert.equal((await preview.locator('ins', { hasText: 'plenum' }).count()) >= before, true);
    await screenshot(page, 'review-replace-preview');
    await preview.locator('[data-action="replace-all"]').click();
    await preview.waitFor({ state: 'detached' });
    await page.getByText(`Replaced in ${before} segments.`).waitFor();
    assert.equal(await workbench.storedTextsContaining('plenary session'), 0);
    assert.equal(await workbench.storedTextsContaining('plenum'), before);

    await page.locator('[data-action="undo-replace"]').click();
    await page.getByText('Replacement undone.').waitFor();
    assert.equal(await workbench.storedTextsContaining('plenum'), 0);
    assert.equal(await workbench.storedTextsContaining('plenary session'), before);
    await context.close();
  });

  it('shows a check finding as one types, dismisses it, and keeps it dismissed after a reload', async () => {
    const { context, page, workbench } = await openWorkbench();
    await workbench.segmentFilter().fill('7月28日');
    const row = workbench.rowWithText('7月28日');
    await workbench.segmentFilterCount().filter({ hasText: '1 of 34 segments' }).waitFor();
    const id = (await row.getAttribute('data-segment-id')) ?? '';
    const typed =
      'On July 27, builders from Xiaohe Company were assembling the main beams of the plant of the Shanxi Jinjie cable project.';
    await workbench.targetOfSegment(id).click();
    const editor = workbench.editorOfSegment(id);
    await editor.waitFor();
    await editor.press('ControlOrMeta+a');
    await page.keyboard.type(typed);
    await workbench.checkFindings('segment', 'numbers').first().waitFor();
    assert.equal(await workbench.checkFindings('segment', 'numbers').count(), 2);
    await screenshot(page, 'review-checks-segment');
    const first = workbench.checkFindings('segment', 'numbers').first();
    const key = await first.getAttribute('data-finding-key');
    await first.locator('[data-action="dismiss-finding"]').click();
    await page.waitForFunction(
      () =>
        document.querySelectorAll('[data-role="segment-findings"] [data-check="numbers"]')
          .length === 1,
    );
    await workbench.waitUntilStored(id, typed);

    await page.reload();
    await workbench.rows().first().waitFor();
    await page.locator('[data-action="run-checks"]').click();
    await workbench.checkFindings('document', 'numbers').first().waitFor();
    const keys = await workbench
      .checkFindings('document')
      .evaluateAll((items) => items.map((item) => item.getAttribute('data-finding-key')));
    assert.ok(!keys.includes(key), 'the dismissed finding stays dismissed');
    assert.equal(await workbench.checkFindings('document', 'numbers').count(), 1);
    await screenshot(page, 'review-checks-document');
    await workbench
      .checkFindings('document', 'numbers')
      .first()
      .getByRole('button', { name: /Go to segment 12/ })
      .click();
    await workbench.waitForFocusInSegment(id).catch(() => undefined);
    await context.close();
  });

  it('lays the filter and the checks out at 1024×768', async () => {
    const { context, page, workbench } = await openWorkbench(1024, 768);
    await workbench.segmentFilter().fill('(Reform');
    await page.locator('[data-role="segment-filter-mode"]').selectOption('regex');
    await page.getByText('This regular expression cannot be read').waitFor();
    await screenshot(page, 'review-filter-bad-pattern-1024');
    await page.locator('[data-role="segment-filter-mode"]').selectOption('plain');
    await workbench.segmentFilterCount().filter({ hasText: 'of 34 segments' }).waitFor();
    await page.locator('[data-action="run-checks"]').click();
    await page.getByText('No findings in the document.').waitFor();
    await screenshot(page, 'review-filter-1024');
    await context.close();
  });

  for (const [width, height] of [
    [1024, 768],
    [1600, 1000],
  ] as const) {
    it(`sets the status of rows picked by hand at ${width}×${height}`, async () => {
      const { context, page, workbench } = await openWorkbench(width, height);
      const ids = await Promise.all([1, 2, 3].map((index) => workbench.segmentId(index)));
      const box = (index: number) => workbench.row(index).locator('[data-role="select-row"]');
      await box(1).click();
      await box(3).click({ modifiers: ['Shift'] });
      await page.locator('[data-role="row-selection"]').getByText('3 segments selected').waitFor();
      await screenshot(page, `review-selection-${width}`);
      await page.locator('[data-role="bulk-status"]').selectOption('reviewed');
      const dialog = page.getByRole('alertdialog');
      await dialog.getByText('The 3 segments selected become “Reviewed”').waitFor();
      await dialog.locator('[data-action="confirm-bulk-status"]').click();
      await page.getByText('3 segments set to “Reviewed”.').waitFor();
      for (const id of ids) assert.equal(await workbench.storedStatus(id), 'reviewed');
      assert.notEqual(await workbench.storedStatus(await workbench.segmentId(0)), 'reviewed');
      await page.locator('[data-action="undo-bulk-status"]').click();
      await page.getByText('Undone.').waitFor();
      assert.notEqual(await workbench.storedStatus(ids[0] ?? ''), 'reviewed');
      // Ctrl+A outside text fields picks every row the filter shows.
      await workbench.segmentFilter().fill('plenary session');
      await workbench.segmentFilterCount().filter({ hasText: 'of 34 segments' }).waitFor();
      const shown = Number(
        /^(\d+) of 34/.exec(await workbench.segmentFilterCount().innerText())?.[1],
      );
      await page.locator('[data-action="clear-selection"]').click();
      await page.locator('body').click({ position: { x: 2, y: 2 } });
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await page.keyboard.press('ControlOrMeta+a');
      await page.getByText(`${shown} segments selected`).waitFor();
      await context.close();
    });
  }

  it('checks the document in a worker, shows its progress and can be cancelled', async () => {
    const { context, page, workbench } = await openWorkbench(1024, 768);
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    const sentences = Array.from(
      { length: 3_000 },
      (_, index) => `第${index + 1}句提到${(index % 12) + 1}月${(index % 27) + 1}日。`,
    ).join('');
    await workbench.createProjectFromText('检查', sentences);
    await page.getByRole('progressbar', { name: 'Progress' }).waitFor({ timeout: 60_000 });
    // The first check's request to its worker is held back, so that it is still running for Cancel.
    // (A string: the test's compiler would wrap a class written here in a helper the page lacks.)
    await page.evaluate(`(() => {
      const Original = window.Worker;
      const held = [];
      let isHolding = true;
      window.Worker = class extends Original {
        postMessage(message) {
          if (isHolding) held.push(() => super.postMessage(message));
          else super.postMessage(message);
        }
      };
      window.releaseChecks = () => {
        isHolding = false;
        held.splice(0).forEach((send) => send());
      };
    })()`);
    await page.locator('[data-action="run-checks"]').click();
    await page.locator('.checks-panel__progress progress').waitFor();
    await page
      .locator('.checks-panel__progress')
      .evaluate((element) => element.scrollIntoView({ block: 'center' }));
    await screenshot(page, 'review-checks-running-1024');
    await page.locator('[data-action="cancel-checks"]').click();
    await page.locator('[data-action="run-checks"]', { hasText: 'Check document' }).waitFor();
    await page.evaluate(() => (window as unknown as { releaseChecks: () => void }).releaseChecks());
    assert.equal(await page.locator('[data-role="document-findings"]').count(), 0);
    await page.locator('[data-action="run-checks"]').click();
    const count = page.locator('.checks-panel__count');
    await count.waitFor({ timeout: 60_000 });
    assert.match(await count.innerText(), /^3000 findings/);
    await page
      .locator('[data-role="document-findings"] [data-check="empty-target"]')
      .first()
      .waitFor();
    assert.ok(
      workers.filter((url) => url.includes('qaWorker')).length >= 2,
      `each check runs in a worker: ${workers.join(', ')}`,
    );
    await screenshot(page, 'review-checks-worker-1024');
    await context.close();
  });
});
