// One durability trial: types a translation into the sample's first segment in a browser of our
// own, leaves the page in one way (a kill some milliseconds after the last keystroke, or an ordinary
// close), starts the browser again on the same profile and counts how much of the text came back.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnChromiumForCrash, type CrashableChromium } from './spawnChromiumForCrash';
import { WorkbenchPage } from './WorkbenchPage';

export type LeavingWay =
  | { readonly kind: 'kill'; readonly afterMs: number }
  | { readonly kind: 'sigterm' }
  | { readonly kind: 'closeBrowser' }
  | { readonly kind: 'navigateAway' }
  | { readonly kind: 'closeTab' }
  | { readonly kind: 'reload' };

export interface TrialResult {
  readonly typed: number;
  /** Typed characters found again after the restart (the longest typed prefix stored). */
  readonly survived: number;
}

export function describeLeavingWay(way: LeavingWay): string {
  switch (way.kind) {
    case 'kill':
      return `SIGKILL ${way.afterMs} ms after the last keystroke`;
    case 'sigterm':
      return 'SIGTERM to the browser at once';
    case 'closeBrowser':
      return 'browser closed (DevTools Browser.close) at once';
    case 'navigateAway':
      return 'navigating to another page at once';
    case 'closeTab':
      return 'closing the tab at once';
    case 'reload':
      return 'reloading at once';
  }
}

const TYPED = 'Durable text, typed key by key.';

export async function runDurabilityTrial(way: LeavingWay): Promise<TrialResult> {
  const profile = mkdtempSync(join(tmpdir(), 'bitext-durability-'));
  let browser: CrashableChromium | undefined;
  try {
    browser = await spawnChromiumForCrash(profile);
    const context = browser.browser.contexts()[0] ?? (await browser.browser.newContext());
    const workbench = new WorkbenchPage(await context.newPage());
    await workbench.open();
    const segmentId = await workbench.row(0).getAttribute('data-segment-id');
    if (segmentId === null) throw new Error('The first row has no data-segment-id.');
    await workbench.clearTarget(0);
    await workbench.waitUntilStored(segmentId, '');
    await workbench.page.keyboard.type(TYPED, { delay: 25 });
    await leave(browser, workbench, way);
    await browser.browser.close().catch(() => undefined);
    await Promise.race([browser.exited, browser.terminate()]);

    browser = await spawnChromiumForCrash(profile);
    const reopenedContext = browser.browser.contexts()[0] ?? (await browser.browser.newContext());
    const reopened = new WorkbenchPage(await reopenedContext.newPage());
    await reopened.open();
    const stored = (await reopened.storedTargetText(segmentId)) ?? '';
    return { typed: TYPED.length, survived: commonPrefixLength(stored, TYPED) };
  } finally {
    await browser?.browser.close().catch(() => undefined);
    await browser?.terminate().catch(() => undefined);
    // The browser's helper processes may outlive it for a moment, still writing to the profile:
    // the temporary folder is removed on a best-effort basis.
    try {
      rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
    } catch {
      // Left in the system's temporary folder.
    }
  }
}

async function leave(browser: CrashableChromium, workbench: WorkbenchPage, way: LeavingWay) {
  switch (way.kind) {
    case 'kill':
      // The delay is what the trial measures, not a wait for something to happen.
      await new Promise((resolve) => setTimeout(resolve, way.afterMs));
      return browser.crash();
    case 'sigterm':
      return browser.terminate();
    case 'closeBrowser':
      return browser.browser.close();
    case 'navigateAway':
      await workbench.page.goto('about:blank');
      return browser.browser.close();
    case 'closeTab':
      await workbench.page.close();
      return browser.browser.close();
    case 'reload':
      await workbench.page.reload();
      await workbench.rows().first().waitFor();
      return browser.browser.close();
  }
}

function commonPrefixLength(stored: string, typed: string): number {
  let length = 0;
  while (length < typed.length && stored[length] === typed[length]) length += 1;
  return length;
}

export const DURABILITY_WAYS: readonly LeavingWay[] = [
  { kind: 'kill', afterMs: 0 },
  { kind: 'kill', afterMs: 50 },
  { kind: 'kill', afterMs: 100 },
  { kind: 'kill', afterMs: 200 },
  { kind: 'kill', afterMs: 500 },
  { kind: 'sigterm' },
  { kind: 'closeBrowser' },
  { kind: 'navigateAway' },
  { kind: 'closeTab' },
  { kind: 'reload' },
];
