import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchChromium } from './launchChromium';
import { WorkbenchPage } from './WorkbenchPage';

const screenshots = join(process.cwd(), 'test-results');
mkdirSync(screenshots, { recursive: true });

let browser: Browser;
before(async () => {
  browser = await launchChromium();
});
after(async () => {
  await browser.close();
});

describe('span annotation', () => {
  it('annotates a mistranslation in a target, keeps it in place through edits and a reload', async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    try {
      const page = await context.newPage();
      const workbench = new WorkbenchPage(page);
      await workbench.open();
      const row = workbench.rowWithText('Advancing the revitalization of education').first();
      const segmentId = (await row.getAttribute('data-segment-id')) ?? '';
      const number = Number(await row.locator('.segment-row__number').innerText());
      await workbench.targetOfSegment(segmentId).click();
      const editor = workbench.editorOfSegment(segmentId);
      await editor.waitFor();
      const original = (await editor.innerText()).trim();
      assert.ok(original.startsWith('Advancing the revitalization of education'));

      await workbench.selectInFocusedRow('target', 'revitalization');
      await workbench.annotateControl().click();
      const dialog = page.getByRole('dialog');
      await dialog.getByText('Translation: “revitalization”').waitFor();
      assert.equal(
        await dialog.getByRole('combobox', { name: 'Category' }).inputValue(),
        'mistranslation',
      );
      await dialog.getByLabel('Major').check();
      await dialog
        .getByRole('textbox', { name: 'Comment', exact: true })
        .fill('振兴 reads as revival here');
      await dialog.getByLabel(/^Your name/).fill('Reviewer Lin');
      await dialog.getByRole('button', { name: 'Save annotation' }).click();
      await dialog.waitFor({ state: 'detached' });

      const span = workbench
        .focusedRow()
        .locator('[data-role="target"] [data-annotation-category="mistranslation"]');
      await span.filter({ hasText: /^revitalization$/ }).waitFor();
      const annotationId = (await span.getAttribute('data-annotation-id')) ?? '';

      // Edit around it and inside it, once the editor has the focus back.
      await page.waitForFunction(() => document.activeElement?.closest('[contenteditable="true"]'));
      await workbench.placeCaretInFocusedTarget('start');
      await page.keyboard.type('Indeed: ');
      await workbench.placeCaretInFocusedTarget('end');
      await page.keyboard.type(' More.');
      await workbench.placeCaretInAnnotation(annotationId, 2);
      await page.keyboard.type('x');
      const edited = `Indeed: ${original.replace('revitalization', 'rexvitalization')} More.`;
      assert.equal((await editor.innerText()).trim(), edited);
      assert.equal(await span.innerText(), 'rexvitalization');
      await workbench.waitUntilStored(segmentId, edited);
      await page.waitForFunction(
        async (id) => {
          const rows = await new Promise<{ id: string; quote: string }[]>((resolve) => {
            const request = indexedDB.open('bitext-workbench');
            request.onsuccess = () => {
              const read = request.result
                .transaction('annotations')
                .objectStore('annotations')
                .getAll();
              read.onsuccess = () => {
                request.result.close();
                resolve(read.result as { id: string; quote: string }[]);
              };
            };
          });
          return rows.some((entry) => entry.id === id && entry.quote === 'rexvitalization');
        },
        annotationId,
        { polling: 100, timeout: 10_000 },
      );

      await page.reload();
      await workbench.rows().first().waitFor();
      const placed = workbench
        .rowOfSegment(segmentId)
        .locator(`[data-role="target"] [data-annotation-id="${annotationId}"]`);
      await placed.waitFor();
      assert.equal(await placed.innerText(), 'rexvitalization');
      assert.equal(await placed.getAttribute('data-annotation-category'), 'mistranslation');
      const [stored] = (await workbench.storedAnnotations()).filter(
        (entry) => entry['id'] === annotationId,
      );
      assert.deepEqual(
        {
          side: stored?.['side'],
          severity: stored?.['severity'],
          author: stored?.['author'],
          comment: stored?.['comment'],
        },
        {
          side: 'target',
          severity: 'major',
          author: 'Reviewer Lin',
          comment: '振兴 reads as revival here',
        },
      );

      // The panel lists it with the document's score, and jumps to it.
      await page.getByRole('tab', { name: 'Annotations' }).click();
      const item = page.locator(`[data-annotation-item="${annotationId}"]`);
      await item.filter({ hasText: 'rexvitalization' }).waitFor();
      await page
        .locator('[data-role="quality-score"]')
        .filter({ hasText: '5 penalty points' })
        .waitFor();
      await workbench.row(0).locator('[data-role="target"]').click();
      await item.getByRole('button', { name: `Go to segment ${number}` }).click();
      await workbench.focusedRow().and(workbench.rowOfSegment(segmentId)).waitFor();
      await page.screenshot({ path: join(screenshots, 'annotation-panel-1440.png') });
    } finally {
      await context.close();
    }
  });

  it('links a source term to its rendering, shown on hover', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    try {
      const page = await context.newPage();
      const workbench = new WorkbenchPage(page);
      await workbench.open();
      await workbench.createProjectFromText('链接', '太原是山西的省会。');
      await workbench.replaceTarget(0, 'Taiyuan is the capital of Shanxi.');
      await workbench.selectInFocusedRow('source', '省会');
      // The view remembers the source span once the browser reports the selection.
      await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
      await workbench.selectInFocusedRow('target', 'capital');
      await workbench.annotateControl().click();
      const dialog = page.getByRole('dialog');
      await dialog.getByText('Source: “省会”').waitFor();
      await dialog.getByText('Both spans are linked').waitFor();
      await dialog.getByRole('combobox', { name: 'Category' }).selectOption('term');
      await dialog.getByLabel(/^Your name/).fill('Terminologist');
      await dialog.getByRole('button', { name: 'Save annotation' }).click();
      await dialog.waitFor({ state: 'detached' });
      const source = workbench
        .focusedRow()
        .locator('[data-role="source"] [data-annotation-category="term"]');
      const target = workbench
        .focusedRow()
        .locator('[data-role="target"] [data-annotation-category="term"]');
      await source.filter({ hasText: '省会' }).waitFor();
      await target.filter({ hasText: 'capital' }).waitFor();
      assert.equal(
        await source.getAttribute('data-annotation-linked-id'),
        await target.getAttribute('data-annotation-id'),
      );
      await source.hover();
      await page.waitForFunction(() => {
        const span = document.querySelector(
          '[data-role="target"] [data-annotation-category="term"]',
        );
        return span !== null && getComputedStyle(span).outlineStyle === 'solid';
      });
    } finally {
      await context.close();
    }
  });

  it('annotates with Alt+Shift+A and links two annotations afterwards in the panel', async () => {
    const context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
    try {
      const page = await context.newPage();
      const workbench = new WorkbenchPage(page);
      await workbench.open();
      await workbench.createProjectFromText('快捷键', '太原是山西的省会。');
      await workbench.replaceTarget(0, 'Taiyuan is the capital of Shanxi.');
      assert.match(
        (await workbench.annotateControl().getAttribute('title')) ?? '',
        /\(Alt\+Shift\+A\)$/,
      );
      const dialog = page.getByRole('dialog');
      for (const [side, text] of [
        ['target', 'capital'],
        ['source', '省会'],
      ] as const) {
        await workbench.selectInFocusedRow(side, text);
        await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
        await page.keyboard.press('Alt+Shift+A');
        await dialog
          .getByText(side === 'source' ? `Source: “${text}”` : `Translation: “${text}”`)
          .waitFor();
        // Only the span just selected: the other side's box, if offered, is cleared.
        const other = dialog.getByRole('checkbox', {
          name: side === 'source' ? /^Translation:/ : /^Source:/,
        });
        if ((await other.count()) > 0) await other.uncheck();
        await dialog.getByRole('combobox', { name: 'Category' }).selectOption('term');
        const name = dialog.getByLabel(/^Your name/);
        if ((await name.count()) > 0) await name.fill('Terminologist');
        await dialog.getByRole('button', { name: 'Save annotation' }).click();
        await dialog.waitFor({ state: 'detached' });
        await workbench
          .focusedRow()
          .locator(`[data-role="${side}"] [data-annotation-category="term"]`, { hasText: text })
          .waitFor();
      }
      const source = workbench
        .focusedRow()
        .locator('[data-role="source"] [data-annotation-category="term"]');
      const target = workbench
        .focusedRow()
        .locator('[data-role="target"] [data-annotation-category="term"]');
      assert.equal(await source.getAttribute('data-annotation-linked-id'), null);

      await page.getByRole('tab', { name: 'Annotations' }).click();
      await page
        .getByRole('combobox', { name: 'Link “省会” to a span on the other side' })
        .selectOption({ label: 'capital' });
      await page.getByText('linked to “capital”').waitFor();
      await page.waitForFunction(() => {
        const span = document.querySelector(
          '[aria-current="true"] [data-role="source"] [data-annotation-linked-id]',
        );
        return span !== null;
      });
      assert.equal(
        await source.getAttribute('data-annotation-linked-id'),
        await target.getAttribute('data-annotation-id'),
      );
      await page.screenshot({ path: join(screenshots, 'annotation-link-1024.png') });
      await page.getByRole('button', { name: 'Unlink “capital” from its partner' }).click();
      await page
        .getByRole('combobox', { name: 'Link “capital” to a span on the other side' })
        .waitFor();
      await page.waitForFunction(
        () => document.querySelector('[aria-current="true"] [data-annotation-linked-id]') === null,
      );
    } finally {
      await context.close();
    }
  });

  it('shows the progress chart per document and project, and the score over time', async () => {
    for (const viewport of [
      { width: 1024, height: 768 },
      { width: 1600, height: 1000 },
    ]) {
      const context = await browser.newContext({ viewport });
      try {
        const page = await context.newPage();
        const workbench = new WorkbenchPage(page);
        await workbench.open();
        // Two errors, then one more: three recorded scores; one segment approved.
        await workbench.replaceTarget(0, 'The officials are studying the plenary session.');
        for (const [word, severity] of [
          ['officials', 'Minor'],
          ['studying', 'Major'],
          ['plenary', 'Critical'],
        ] as const) {
          await workbench.selectInFocusedRow('target', word);
          await workbench.annotateControl().click();
          const form = page.getByRole('dialog');
          await form.getByLabel(severity).check();
          const name = form.getByLabel(/^Your name/);
          if ((await name.count()) > 0) await name.fill('Reviewer');
          await form.getByRole('button', { name: 'Save annotation' }).click();
          await form.waitFor({ state: 'detached' });
          await workbench.focusedRow().locator(`[data-annotation-id]`, { hasText: word }).waitFor();
        }
        // Confirmed: translated. Segments and characters then show two statuses.
        await page.keyboard.press('ControlOrMeta+Enter');
        await workbench.statusBadge(0).filter({ hasText: 'Translated' }).waitFor();
        await page.locator('[data-action="show-progress"]').click();
        const dialog = page.getByRole('dialog');
        await dialog.locator('[data-chart="segments"] rect[data-status="draft"]').waitFor();
        const width = await dialog
          .locator('[data-chart="segments"] rect[data-status="draft"]')
          .first()
          .getAttribute('width');
        assert.ok(Number(width) > 0, 'the drafts have a bar');
        assert.ok(
          Number(
            await dialog
              .locator('[data-chart="characters"] rect[data-status="translated"]')
              .getAttribute('width'),
          ) > 0,
          'the translated segment has its characters',
        );
        await dialog.locator('[data-chart="score"] circle').nth(2).waitFor();
        await page.screenshot({
          path: join(screenshots, `annotation-progress-${viewport.width}.png`),
        });
      } finally {
        await context.close();
      }
    }
  });

  it('shows the annotation dialog and the annotations tab in Chinese at 1024×768', async () => {
    const context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
    try {
      await context.addInitScript(() => localStorage.setItem('bitext.uiLanguage', 'zh'));
      const page = await context.newPage();
      const workbench = new WorkbenchPage(page);
      await workbench.open();
      await workbench.editTarget(0);
      await workbench.selectInFocusedRow('source', '干部群众');
      await workbench.annotateControl().click();
      const dialog = page.getByRole('dialog');
      await dialog.getByText('原文：“干部群众”').waitFor();
      await dialog.getByRole('combobox', { name: '类别' }).selectOption('namedEntity');
      await dialog.getByLabel(/^您的名字/).fill('林');
      await page.screenshot({ path: join(screenshots, 'annotation-dialog-1024-zh.png') });
      await dialog.getByRole('button', { name: '保存标注' }).click();
      await dialog.waitFor({ state: 'detached' });
      await workbench
        .focusedRow()
        .locator('[data-role="source"] [data-annotation-category="namedEntity"]', {
          hasText: '干部群众',
        })
        .waitFor();
      await page.getByRole('tab', { name: '标注' }).click();
      await page.locator('[data-annotation-item]', { hasText: '干部群众' }).waitFor();
      await page.screenshot({ path: join(screenshots, 'annotation-panel-1024-zh.png') });
    } finally {
      await context.close();
    }
  });
});
