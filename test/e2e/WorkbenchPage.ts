import type { Locator, Page } from 'playwright-core';
import { baseUrl } from './launchChromium';

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

  saveStatus(): Locator {
    return this.page.locator('[data-save-status]');
  }

  /** Waits until IndexedDB holds the text for the segment and the status line says so too. */
  async waitUntilStored(segmentId: string, text: string): Promise<void> {
    const deadline = Date.now() + 10_000;
    while ((await this.storedTargetText(segmentId)) !== text) {
      if (Date.now() > deadline) throw new Error(`Segment ${segmentId} never stored "${text}".`);
      await this.page.waitForTimeout(50);
    }
    await this.page
      .locator('[data-save-status="saved"]')
      .waitFor({ state: 'attached', timeout: 10_000 });
  }

  highlightedTerm(text: string): Locator {
    return this.page.locator('[data-term-id]', { hasText: text });
  }

  /** Reads a segment straight from IndexedDB, as a check that the UI is not just showing its own state. */
  storedTargetText(segmentId: string): Promise<string | undefined> {
    return this.page.evaluate(
      (id) =>
        new Promise<string | undefined>((resolve, reject) => {
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
        }),
      segmentId,
    );
  }
}
