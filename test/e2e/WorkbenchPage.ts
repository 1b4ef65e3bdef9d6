import type { Locator, Page } from 'playwright-core';
import { baseUrl } from './launchChromium';

/** A segment row as stored in IndexedDB (the fields tests read). */
export interface StoredSegmentRow {
  readonly targetText?: string;
  readonly status?: string;
  readonly target?: unknown;
}

/** A page model of the workbench: the selectors browser tests share, kept in one place. */
export class WorkbenchPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto(baseUrl());
    await this.rows().first().waitFor({ state: 'visible', timeout: 30_000 });
  }

  rows(): Locator {
    return this.page.locator('[data-segment-id]');
  }

  row(index: number): Locator {
    return this.rows().nth(index);
  }

  source(index: number): Locator {
    return this.row(index).locator('[data-role="source"]');
  }

  target(index: number): Locator {
    return this.row(index).locator('[data-role="target"]');
  }

  /** The editable target of a row: clicking its cell mounts the row's editor. */
  async editTarget(index: number): Promise<Locator> {
    await this.target(index).click();
    const editor = this.target(index).locator('[contenteditable="true"]');
    await editor.waitFor({ state: 'visible' });
    return editor;
  }

  async replaceTarget(index: number, text: string): Promise<void> {
    const editor = await this.editTarget(index);
    await editor.press('ControlOrMeta+a');
    await this.page.keyboard.type(text);
  }

  /** Creates a project from pasted text through the New project dialog. */
  async createProjectFromText(name: string, text: string): Promise<void> {
    const dialog = await this.openNewProjectDialog(name);
    await dialog.locator('textarea').fill(text);
    await this.confirmNewProject(dialog);
  }

  /** Creates a project from a .txt file through the dialog; returns the encoding it reported. */
  async createProjectFromFile(name: string, path: string): Promise<string> {
    const dialog = await this.openFileInNewProjectDialog(name, path);
    const reported = await dialog.getByText(/^Detected encoding: /).innerText();
    await this.confirmNewProject(dialog);
    return reported;
  }

  /** Opens the New project dialog with a name and a .txt file, once it shows the encoding. */
  async openFileInNewProjectDialog(name: string, path: string): Promise<Locator> {
    const dialog = await this.openNewProjectDialog(name);
    await dialog.getByText('Open a .txt file').click();
    await dialog.locator('input[type="file"]').setInputFiles(path);
    await dialog.getByText(/^Detected encoding: /).waitFor({ timeout: 60_000 });
    return dialog;
  }

  /** The bar the New project dialog shows while it creates a project; with `hasStarted`, once it moved. */
  importProgress(dialog: Locator, { hasStarted = false } = {}): Locator {
    const bar = dialog.getByRole('progressbar', { name: 'Creating the project' });
    return hasStarted ? bar.and(dialog.locator('progress:not([value="0"])')) : bar;
  }

  private async openNewProjectDialog(name: string): Promise<Locator> {
    await this.page.getByRole('button', { name: 'New project' }).click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: 'Project name' }).fill(name);
    return dialog;
  }

  private async confirmNewProject(dialog: Locator): Promise<void> {
    await dialog.getByRole('button', { name: 'Create project' }).click();
    await dialog.waitFor({ state: 'detached', timeout: 120_000 });
  }

  /** The scrolling list of rows. */
  list(): Locator {
    return this.page.locator('.segment-list__scroller');
  }

  /** Every source cell in the DOM (the list mounts only the rows near the view). */
  sources(): Locator {
    return this.page.locator('[data-role="source"]');
  }

  rowWithText(text: string): Locator {
    return this.rows().filter({ hasText: text });
  }

  rowOfSegment(segmentId: string): Locator {
    return this.page.locator(`[data-segment-id="${segmentId}"]`);
  }

  targetOfSegment(segmentId: string): Locator {
    return this.rowOfSegment(segmentId).locator('[data-role="target"]');
  }

  /** The mounted editor of a row; only the focused row has one. */
  editor(index: number): Locator {
    return this.row(index).locator('[contenteditable="true"]');
  }

  editorOfSegment(segmentId: string): Locator {
    return this.rowOfSegment(segmentId).locator('[contenteditable="true"]');
  }

  statusBadge(index: number): Locator {
    return this.row(index).locator('.status-badge');
  }

  /** The highlighted glossary terms of a row, or of every row in the DOM. */
  highlightedTerms(index?: number): Locator {
    return (index === undefined ? this.page : this.row(index)).locator('[data-term-id]');
  }

  tooltip(): Locator {
    return this.page.locator('.term-tooltip');
  }

  progressSummary(text: string): Locator {
    return this.page.locator('.progress-summary', { hasText: text });
  }

  /** A project's entry in the sidebar, by its exact name. */
  projectInSidebar(name: string): Locator {
    return this.page.getByText(name, { exact: true });
  }

  button(name: string): Locator {
    return this.page.getByRole('button', { name });
  }

  async segmentId(index: number): Promise<string> {
    const id = await this.row(index).getAttribute('data-segment-id');
    if (id === null) throw new Error(`Row ${index} has no data-segment-id.`);
    return id;
  }

  status(index: number): Promise<string | null> {
    return this.row(index).getAttribute('data-status');
  }

  async waitForStatus(index: number, status: string): Promise<void> {
    await this.page.waitForFunction(
      ({ rowIndex, expected }) =>
        document.querySelectorAll('[data-segment-id]')[rowIndex]?.getAttribute('data-status') ===
        expected,
      { rowIndex: index, expected: status },
    );
  }

  /** Waits until the keyboard focus is inside the row of the segment. */
  async waitForFocusInSegment(segmentId: string): Promise<void> {
    await this.page.waitForFunction(
      (id) =>
        document.activeElement?.closest('[data-segment-id]')?.getAttribute('data-segment-id') ===
        id,
      segmentId,
    );
  }

  /** Which cell of a row holds the keyboard focus: 'source', 'target', or undefined. */
  focusedCellRole(): Promise<string | undefined> {
    return this.page.evaluate(
      () => document.activeElement?.closest('[data-role]')?.getAttribute('data-role') ?? undefined,
    );
  }

  /** Waits until a row's editor is mounted and the list has stopped scrolling to it. */
  async waitForFocusedRow(index: number): Promise<void> {
    await this.editor(index).waitFor();
    await this.waitForListToSettle();
  }

  /**
   * Waits until the list's scroll position, its height and the focused row's place have stayed
   * the same for five frames in a row: the list scrolls over a few frames while it measures rows.
   */
  async waitForListToSettle(): Promise<void> {
    const isSettled = await this.page.evaluate(async () => {
      let last = '';
      let stableFrames = 0;
      for (let frame = 0; frame < 600 && stableFrames < 5; frame += 1) {
        await new Promise((resolve) => requestAnimationFrame(resolve));
        const scroller = document.querySelector('.segment-list__scroller');
        const focused = document.querySelector('[data-segment-id][aria-current="true"]');
        const place = [
          scroller?.scrollTop,
          scroller?.scrollHeight,
          focused?.getBoundingClientRect().top,
        ].join(':');
        stableFrames = place === last ? stableFrames + 1 : 0;
        last = place;
      }
      return stableFrames >= 5;
    });
    if (!isSettled) throw new Error('The segment list never stopped scrolling.');
  }

  /** Scrolls the list down, a few screens a frame, until a row with the text is in the DOM. */
  async scrollToRowWithText(text: string): Promise<Locator> {
    await this.page.waitForFunction(
      (wanted) => {
        const rows = [...document.querySelectorAll('[data-segment-id]')];
        if (rows.some((row) => row.textContent?.includes(wanted))) return true;
        const scroller = document.querySelector('.segment-list__scroller');
        if (scroller !== null) scroller.scrollTop += scroller.clientHeight * 20;
        return false;
      },
      text,
      { polling: 'raf', timeout: 30_000 },
    );
    return this.rowWithText(text);
  }

  /** Waits until the save status line says every edit is stored and the page has nothing left to do. */
  async waitUntilSavedAndIdle(): Promise<void> {
    await this.page
      .locator('[data-save-status="saved"]')
      .waitFor({ state: 'attached', timeout: 10_000 });
    await this.page.evaluate(
      () => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 10_000 })),
    );
  }

  saveStatus(): Locator {
    return this.page.locator('[data-save-status]');
  }

  /** Waits until IndexedDB holds the text for the segment and the status line says so too. */
  async waitUntilStored(segmentId: string, text: string): Promise<void> {
    const isStored = await this.page.evaluate(
      async ({ id, expected, frames }) => {
        for (let frame = 0; frame < frames; frame += 1) {
          const stored = await new Promise<string | undefined>((resolve, reject) => {
            const request = indexedDB.open('bitext-workbench');
            request.onerror = () => reject(request.error);
            request.onsuccess = () => {
              const database = request.result;
              const read = database.transaction('segments').objectStore('segments').get(id);
              read.onsuccess = () => {
                database.close();
                resolve((read.result as { targetText?: string } | undefined)?.targetText);
              };
              read.onerror = () => reject(read.error);
            };
          });
          if (stored === expected) return true;
          await new Promise((resolve) => requestAnimationFrame(resolve));
        }
        return false;
      },
      { id: segmentId, expected: text, frames: 600 },
    );
    if (!isStored) throw new Error(`Segment ${segmentId} never stored "${text}".`);
    await this.page
      .locator('[data-save-status="saved"]')
      .waitFor({ state: 'attached', timeout: 10_000 });
  }

  /**
   * Types as a Chinese input method does, through DevTools: each of `compositions` in turn as the
   * text being composed (underlined, not yet committed), then `committed` as the text it commits.
   * `whileComposing` runs after the last composition step, before the commit.
   */
  async typeWithInputMethod(
    compositions: readonly string[],
    committed: string,
    whileComposing?: () => Promise<void>,
  ): Promise<void> {
    const session = await this.page.context().newCDPSession(this.page);
    try {
      for (const text of compositions)
        await session.send('Input.imeSetComposition', {
          text,
          selectionStart: text.length,
          selectionEnd: text.length,
        });
      await whileComposing?.();
      await session.send('Input.insertText', { text: committed });
    } finally {
      await session.detach();
    }
  }

  /** The top bar's storage status (persistent or not, usage and quota). */
  storageStatus(): Locator {
    return this.page.locator('[data-role="storage-status"]');
  }

  /** The banner offering a new version of the app. */
  updateBanner(): Locator {
    return this.page.locator('[data-role="update-banner"]');
  }

  highlightedTerm(text: string): Locator {
    return this.page.locator('[data-term-id]', { hasText: text });
  }

  /** A segment's stored status, read straight from IndexedDB. */
  async storedStatus(segmentId: string): Promise<string | undefined> {
    return (await this.storedSegment(segmentId))?.status;
  }

  /** Reads a segment straight from IndexedDB, as a check that the UI is not just showing its own state. */
  async storedTargetText(segmentId: string): Promise<string | undefined> {
    return (await this.storedSegment(segmentId))?.targetText;
  }

  /** A segment's row as IndexedDB holds it, or undefined. */
  async storedSegment(segmentId: string): Promise<StoredSegmentRow | undefined> {
    return (await this.readStoredSegments(segmentId))[0];
  }

  /** How many segments in IndexedDB, in any project, have a target containing the text. */
  async storedTextsContaining(text: string): Promise<number> {
    const rows = await this.readStoredSegments();
    return rows.filter((row) => (row.targetText ?? '').includes(text)).length;
  }

  /** One stored segment row by its id, or every row; read with IndexedDB itself, not the app. */
  private readStoredSegments(segmentId?: string): Promise<StoredSegmentRow[]> {
    return this.page.evaluate(
      (id) =>
        new Promise<StoredSegmentRow[]>((resolve, reject) => {
          const request = indexedDB.open('bitext-workbench');
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            const database = request.result;
            const store = database.transaction('segments').objectStore('segments');
            const read = id === undefined ? store.getAll() : store.get(id);
            read.onsuccess = () => {
              database.close();
              const result: unknown = read.result;
              resolve(
                (Array.isArray(result)
                  ? result
                  : result === undefined
                    ? []
                    : [result]) as StoredSegmentRow[],
              );
            };
            read.onerror = () => reject(read.error);
          };
        }),
      segmentId,
    );
  }

  /** The row whose editor is mounted (`aria-current`), wherever the virtualized list has put it. */
  focusedRow(): Locator {
    return this.page.locator('[data-segment-id][aria-current="true"]');
  }

  /** A row's status control: the badge, or on the focused row the picker that sets any status. */
  statusControl(row: Locator): Locator {
    return row.locator('[data-role="status"]');
  }

  /** Opens the focused row's status picker; resolves with its options once they show. */
  async openStatusMenu(row: Locator): Promise<Locator> {
    const picker = this.statusControl(row).locator('select');
    await picker.click();
    await this.page.waitForFunction(
      (element) => element?.matches(':open') === true,
      await picker.elementHandle(),
    );
    return picker.locator('option');
  }

  projectListToggle(): Locator {
    return this.page.locator('.project-sidebar').getByRole('button', { name: 'Project list' });
  }

  sidePanelToggle(): Locator {
    return this.page.getByRole('button', { name: 'Side panel' });
  }

  densityToggle(): Locator {
    return this.page.getByRole('button', { name: 'Compact rows' });
  }

  progressBar(): Locator {
    return this.page.getByRole('progressbar', { name: 'Progress' });
  }

  segmentScroller(): Locator {
    return this.page.locator('.segment-list__scroller');
  }

  /**
   * Scrolls the list to its end and resolves once it is there: rows measured on the way change the
   * list's height, so it scrolls again until the rows sit end to end down to the last one, in view.
   */
  async scrollListToEnd(): Promise<void> {
    await this.page.waitForFunction(() => {
      const scroller = document.querySelector('.segment-list__scroller');
      const canvas = scroller?.querySelector('.segment-list__canvas');
      if (scroller == null || canvas == null) return false;
      const items = [...canvas.querySelectorAll('.segment-list__item')]
        .map((item) => item.getBoundingClientRect())
        .sort((first, second) => first.top - second.top);
      const isSettled = items.every((box, index) => {
        const next = items[index + 1];
        return next === undefined || Math.abs(next.top - box.bottom) < 1;
      });
      const lastItem = items[items.length - 1];
      const isLastRendered =
        lastItem !== undefined &&
        Math.abs(lastItem.bottom - canvas.getBoundingClientRect().bottom) < 1;
      const isAtEnd = scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 1;
      if (isSettled && isLastRendered && isAtEnd) return true;
      scroller.scrollTop = scroller.scrollHeight;
      return false;
    });
  }

  /** Empties a row's target in its editor, leaving the caret there. */
  async clearTarget(index: number): Promise<void> {
    const editor = await this.editTarget(index);
    await editor.press('ControlOrMeta+a');
    await editor.press('Backspace');
  }

  /** Opens the in-app find box (Ctrl+F) from the segment list. */
  async openFind(): Promise<Locator> {
    await this.page.keyboard.press('ControlOrMeta+f');
    await this.findBox().waitFor();
    return this.findBox();
  }

  findBox(): Locator {
    return this.page.locator('[data-role="find"]');
  }

  /** The find box's count: "2 of 11 · segment 9,990". */
  findCount(): Locator {
    return this.page.getByRole('search').getByRole('status');
  }

  /** Goes to a segment by its number with Ctrl+G. */
  async goToSegment(number: number): Promise<void> {
    await this.page.keyboard.press('ControlOrMeta+g');
    const dialog = this.page.getByRole('dialog', { name: 'Go to segment' });
    await dialog.getByRole('textbox').fill(String(number));
    await dialog.getByRole('button', { name: 'Go', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
  }

  /** Opens a project from the sidebar by its name. */
  async openProject(name: string): Promise<void> {
    await this.page.locator('.project-sidebar').getByRole('button', { name, exact: true }).click();
    await this.rows().first().waitFor();
  }

  /** Deletes a project from the sidebar, confirming the dialog. */
  async deleteProject(name: string): Promise<void> {
    await this.page.getByRole('button', { name: `Delete “${name}”` }).click();
    const dialog = this.page.getByRole('alertdialog');
    await dialog.getByRole('button', { name: 'Delete project' }).click();
    await dialog.waitFor({ state: 'detached' });
  }

  projectDeletedNotice(): Locator {
    return this.page.locator('[data-role="project-deleted"]');
  }

  /** Selects characters start to end of a row's source text, as a drag of the mouse would. */
  async selectSourceText(index: number, start: number, end: number): Promise<void> {
    await this.source(index).evaluate(
      (cell, [from, to]) => {
        const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
        const text = walker.nextNode();
        if (text === null) throw new Error('The source cell has no text.');
        const range = document.createRange();
        range.setStart(text, from ?? 0);
        range.setEnd(text, to ?? 0);
        const selection = document.getSelection();
        selection?.removeAllRanges();
        selection?.addRange(range);
      },
      [start, end],
    );
  }

  /** Opens the add-term form from the glossary panel; resolves with the form. */
  async openAddTermForm(): Promise<Locator> {
    await this.page.getByRole('button', { name: 'Add term' }).click();
    const form = this.page.getByRole('region', { name: 'Add a glossary term' });
    await form.waitFor();
    return form;
  }

  /** Opens the glossary screen from the sidebar. */
  async openGlossary(): Promise<Locator> {
    await this.page.locator('[data-action="open-glossary"]').click();
    const screen = this.page.locator('[data-role="glossary-screen"]');
    await screen.waitFor();
    return screen;
  }

  /** The glossary screen's row of an entry, found by searching for its term. */
  async glossaryEntry(term: string): Promise<Locator> {
    await this.page.getByRole('searchbox', { name: 'Search the glossary' }).fill(term);
    const row = this.page.locator('[data-entry-id]', { hasText: term }).first();
    await row.waitFor();
    return row;
  }

  /** The target marks of deprecated or forbidden renderings, of one row or of all. */
  avoidedRenderings(index?: number): Locator {
    return (index === undefined ? this.page : this.row(index)).locator('[data-term-status]');
  }

  /** The annotated spans of a row (its source and target), or of every row in the DOM. */
  annotatedSpans(index?: number): Locator {
    return (index === undefined ? this.page : this.row(index)).locator('[data-annotation-id]');
  }

  /** The focused row's Annotate control. */
  annotateControl(): Locator {
    return this.focusedRow().locator('[data-action="annotate"]');
  }

  /** Selects the first occurrence of `text` in the focused row's source or target, as a user's drag would. */
  async selectInFocusedRow(side: 'source' | 'target', text: string): Promise<void> {
    await this.page.evaluate(
      ({ role, wanted }) => {
        const cell = document.querySelector(
          `[data-segment-id][aria-current="true"] [data-role="${role}"]`,
        );
        if (cell === null) throw new Error('No focused row.');
        const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
          const index = (node.textContent ?? '').indexOf(wanted);
          if (index < 0) continue;
          const range = document.createRange();
          range.setStart(node, index);
          range.setEnd(node, index + wanted.length);
          const selection = document.getSelection();
          selection?.removeAllRanges();
          selection?.addRange(range);
          return;
        }
        throw new Error(`"${wanted}" is not in one text node of the focused row's ${role}.`);
      },
      { role: side, wanted: text },
    );
  }

  /** Puts the caret `offset` characters into the text of an annotated span of the focused row. */
  async placeCaretInAnnotation(annotationId: string, offset: number): Promise<void> {
    await this.page.evaluate(
      ({ id, at }) => {
        const span = document.querySelector(
          `[data-segment-id][aria-current="true"] [data-role="target"] [data-annotation-id="${id}"]`,
        );
        const node =
          span === null ? null : document.createTreeWalker(span, NodeFilter.SHOW_TEXT).nextNode();
        if (node === null) throw new Error(`No annotated span ${id} in the focused target.`);
        const range = document.createRange();
        range.setStart(node, at);
        range.collapse(true);
        document.getSelection()?.removeAllRanges();
        document.getSelection()?.addRange(range);
      },
      { id: annotationId, at: offset },
    );
  }

  /**
   * Puts the caret at the start or the end of the focused row's target editor, as a click there
   * would, and waits until it stays there (an editor taking the focus back restores its own
   * selection in a later frame).
   */
  async placeCaretInFocusedTarget(where: 'start' | 'end'): Promise<void> {
    const isPlaced = await this.page.evaluate(async (atEnd) => {
      const editor = document.querySelector(
        '[data-segment-id][aria-current="true"] [data-role="target"] [contenteditable="true"]',
      );
      if (editor === null) throw new Error('No target editor.');
      for (let attempt = 0; attempt < 60; attempt += 1) {
        const range = document.createRange();
        range.selectNodeContents(editor);
        range.collapse(!atEnd);
        document.getSelection()?.removeAllRanges();
        document.getSelection()?.addRange(range);
        for (let frame = 0; frame < 2; frame += 1)
          await new Promise((resolve) => requestAnimationFrame(resolve));
        const selection = document.getSelection();
        if (selection?.isCollapsed === true && selection.toString() === '') {
          const probe = document.createRange();
          probe.selectNodeContents(editor);
          probe.setEnd(selection.anchorNode ?? editor, selection.anchorOffset);
          const offset = probe.toString().length;
          if (offset === (atEnd ? (editor.textContent ?? '').length : 0)) return true;
        }
      }
      return false;
    }, where === 'end');
    if (!isPlaced) throw new Error(`The caret did not stay at the ${where} of the target.`);
  }

  /** Every annotation IndexedDB holds, read with IndexedDB itself. */
  storedAnnotations(): Promise<Record<string, unknown>[]> {
    return this.page.evaluate(
      () =>
        new Promise<Record<string, unknown>[]>((resolve, reject) => {
          const request = indexedDB.open('bitext-workbench');
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            const database = request.result;
            const read = database.transaction('annotations').objectStore('annotations').getAll();
            read.onsuccess = () => {
              database.close();
              resolve(read.result as Record<string, unknown>[]);
            };
            read.onerror = () => reject(read.error);
          };
        }),
    );
  }

  /** The segment filter box above the list. */
  segmentFilter(): Locator {
    return this.page.locator('[data-role="segment-filter"]');
  }

  /** The filter's count of segments shown ("12 of 34 segments"). */
  segmentFilterCount(): Locator {
    return this.page.locator('.segment-filter__count');
  }

  /** Check findings in the checks panel, of one check or all; `list` the segment's or the document's. */
  checkFindings(list: 'segment' | 'document', check?: string): Locator {
    const findings = this.page.locator(`[data-role="${list}-findings"] [data-check]`);
    return check === undefined
      ? findings
      : findings.and(this.page.locator(`[data-check="${check}"]`));
  }
}
