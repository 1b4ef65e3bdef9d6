import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium, launchPersistentChromium } from './launchChromium';
import { spawnChromiumForCrash } from './spawnChromiumForCrash';
import { WorkbenchPage } from './WorkbenchPage';

const screenshots = join(process.cwd(), 'test-results');
mkdirSync(screenshots, { recursive: true });

describe('the workbench in Chromium', () => {
  let browser: Browser;
  before(async () => {
    browser = await launchChromium();
  });
  after(async () => {
    await browser.close();
  });

  async function freshWorkbench(): Promise<{
    context: BrowserContext;
    page: Page;
    workbench: WorkbenchPage;
  }> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const workbench = new WorkbenchPage(page);
    await workbench.open();
    assert.deepEqual(errors, [], 'the page threw while starting');
    return { context, page, workbench };
  }

  it('shows the sample article on first start with 两个基本实现 highlighted', async () => {
    const { context, page, workbench } = await freshWorkbench();
    assert.match(await workbench.source(0).innerText(), /^连日来,全省广大干部群众/);
    assert.match(await workbench.target(0).innerText(), /^In recent days/);
    assert.equal(await workbench.status(0), 'draft');
    const term = workbench.highlightedTerm('两个基本实现').first();
    await term.waitFor({ state: 'visible' });
    assert.equal(await term.innerText(), '两个基本实现');
    assert.ok(await term.getAttribute('data-term-id'));
    await page.screenshot({ path: join(screenshots, 'first-start.png') });
    await context.close();
  });

  it('keeps a typed translation across a reload, and stores it in IndexedDB', async () => {
    const { context, page, workbench } = await freshWorkbench();
    const segmentId = await workbench.segmentId(1);
    await workbench.replaceTarget(1, 'Typed in the browser test.');
    await workbench.waitUntilStored(segmentId, 'Typed in the browser test.');
    await page.reload();
    await workbench.rows().first().waitFor();
    assert.equal(
      await workbench.targetOfSegment(segmentId).innerText(),
      'Typed in the browser test.',
    );
    await context.close();
  });

  it('confirm-and-next marks the segment translated and moves to the next one', async () => {
    const { context, workbench } = await freshWorkbench();
    const editor = await workbench.editTarget(0);
    await editor.press('Control+Enter');
    await workbench.waitForStatus(0, 'translated');
    await workbench.waitForFocusInSegment(await workbench.segmentId(1));
    assert.equal(await workbench.focusedCellRole(), 'target');
    await context.close();
  });

  it('opens the editor wherever the empty target cell is clicked, not only on its placeholder', async () => {
    const { context, page, workbench } = await freshWorkbench();
    const longSentence = '山西省'.repeat(40) + '。';
    await workbench.createProjectFromText('Long sentences', `${longSentence}${longSentence}`);
    await workbench.rowWithText('山西省山西省').first().waitFor();
    const cell = await workbench.target(0).boundingBox();
    assert.ok(cell && cell.height > 80, 'the source should make the row several lines tall');
    await page.mouse.click(cell.x + cell.width / 2, cell.y + cell.height - 6);
    await workbench.editor(0).waitFor();
    await context.close();
  });

  it('switches the interface to Chinese, and remembers it after a reload', async () => {
    const { context, page, workbench } = await freshWorkbench();
    assert.ok(await workbench.button('New project').isVisible());
    await workbench.button('中文').click();
    await workbench.button('新建项目').waitFor({ state: 'visible' });
    assert.match(await page.evaluate(() => document.documentElement.lang), /^zh/);
    await page.reload();
    await workbench.rows().first().waitFor();
    assert.ok(await workbench.button('新建项目').isVisible());
    await page.screenshot({ path: join(screenshots, 'chinese-interface.png') });
    await context.close();
  });

  it('opens a GB18030 text file as a new project with its Chinese intact', async () => {
    const { context, page, workbench } = await freshWorkbench();
    const encoding = await workbench.createProjectFromFile(
      'GB18030 briefing',
      join(process.cwd(), 'test/fixtures/text/zh-gb18030.txt'),
    );
    assert.equal(encoding, 'Detected encoding: GB18030');
    await workbench.rowWithText('晋北新闻简报').waitFor();
    const sources = await workbench.sources().allInnerTexts();
    assert.ok(
      sources.some((text) => text.includes('姓氏“𠮷”与“䶮”不在GBK字符集中。')),
      sources.join('\n'),
    );
    assert.ok(sources.some((text) => text.includes('市长李明在会上表示')));
    await page.screenshot({ path: join(screenshots, 'gb18030-project.png') });
    await context.close();
  });
});

describe('the workbench across a browser restart', () => {
  it('still has the typed translation after the browser is closed and started again', async () => {
    const profile = mkdtempSync(join(tmpdir(), 'bitext-e2e-'));
    try {
      let context = await launchPersistentChromium(profile);
      let workbench = new WorkbenchPage(context.pages()[0] ?? (await context.newPage()));
      await workbench.open();
      const segmentId = await workbench.segmentId(2);
      await workbench.replaceTarget(2, 'Survives a restart.');
      await workbench.waitUntilStored(segmentId, 'Survives a restart.');
      await context.close();

      context = await launchPersistentChromium(profile);
      workbench = new WorkbenchPage(context.pages()[0] ?? (await context.newPage()));
      await workbench.open();
      assert.equal(await workbench.targetOfSegment(segmentId).innerText(), 'Survives a restart.');
      await context.close();
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
  });
});

describe('the workbench when the browser crashes', () => {
  it('still has a translation reported saved when the browser process is killed', async () => {
    const profile = mkdtempSync(join(tmpdir(), 'bitext-crash-'));
    try {
      const first = await spawnChromiumForCrash(profile);
      const context = first.browser.contexts()[0] ?? (await first.browser.newContext());
      let workbench = new WorkbenchPage(await context.newPage());
      await workbench.open();
      const segmentId = await workbench.segmentId(1);
      await workbench.replaceTarget(1, 'Typed just before a crash.');
      await workbench.waitUntilStored(segmentId, 'Typed just before a crash.');
      await first.crash();

      const second = await launchPersistentChromium(profile);
      workbench = new WorkbenchPage(second.pages()[0] ?? (await second.newPage()));
      await workbench.open();
      assert.equal(
        await workbench.targetOfSegment(segmentId).innerText(),
        'Typed just before a crash.',
      );
      await second.close();
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
  });
});

describe('the workbench in two tabs at once', () => {
  it('seeds the sample project once when two tabs start together', async () => {
    const browser = await launchChromium();
    try {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const tabs = [
        new WorkbenchPage(await context.newPage()),
        new WorkbenchPage(await context.newPage()),
      ];
      await Promise.all(tabs.map((tab) => tab.open()));
      for (const tab of tabs) {
        await tab.page.reload();
        await tab.rows().first().waitFor();
        assert.equal(await tab.projectInSidebar('Sample').count(), 1);
        assert.match(await tab.source(0).innerText(), /^连日来/);
      }
      await context.close();
    } finally {
      await browser.close();
    }
  });
});
