import { gzipSync } from 'node:zlib';
import type { Browser, Page, Request } from 'playwright-core';

export interface ScriptsLoaded {
  /** Each script the page loaded, gzipped at zlib's default level, largest first. */
  readonly files: readonly { readonly path: string; readonly gzipBytes: number }[];
  readonly totalGzipBytes: number;
}

export interface InitialJavaScript {
  /** The very first start, which also seeds the sample project (its corpus is a chunk of its own). */
  readonly firstVisit: ScriptsLoaded;
  /** Every later start: what the first screen needs. */
  readonly returnVisit: ScriptsLoaded;
  /** Both totals as one line for the bench output. */
  readonly summary: string;
}

/**
 * Opens the built app twice in a fresh browser context (English UI, nothing stored at first) and
 * sums the gzipped size of every script the page loaded before its first rows showed and the
 * network went quiet. The service worker's own precaching runs in another target and is not counted.
 */
export async function measureInitialJavaScript(
  browser: Browser,
  url: string,
): Promise<InitialJavaScript> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    locale: 'en-US',
  });
  try {
    const page = await context.newPage();
    const firstVisit = await scriptsLoadedBy(page, () => page.goto(url));
    const returnVisit = await scriptsLoadedBy(page, () => page.reload());
    const kib = (loaded: ScriptsLoaded) => `${(loaded.totalGzipBytes / 1024).toFixed(1)} KiB`;
    const summary =
      `initial JavaScript, gzip: ${kib(returnVisit)} for the first screen ` +
      `(${returnVisit.totalGzipBytes} bytes in ${returnVisit.files.length} files), ` +
      `${kib(firstVisit)} on the very first start, which also seeds the sample`;
    return { firstVisit, returnVisit, summary };
  } finally {
    await context.close();
  }
}

async function scriptsLoadedBy(
  page: Page,
  navigate: () => Promise<unknown>,
): Promise<ScriptsLoaded> {
  const urls: string[] = [];
  const record = (request: Request) => {
    if (request.resourceType() === 'script') urls.push(request.url());
  };
  page.on('request', record);
  try {
    await navigate();
    await page.locator('[data-segment-id]').first().waitFor({ state: 'visible', timeout: 60_000 });
    await page.waitForLoadState('networkidle');
  } finally {
    page.off('request', record);
  }
  // A revalidated script answers 304 with no body: read each one the page asked for from the server.
  const files = await Promise.all(
    urls.map(async (url) => ({
      path: new URL(url).pathname,
      gzipBytes: gzipSync(await (await page.request.get(url)).body()).length,
    })),
  );
  files.sort((a, b) => b.gzipBytes - a.gzipBytes);
  return { files, totalGzipBytes: files.reduce((sum, file) => sum + file.gzipBytes, 0) };
}
