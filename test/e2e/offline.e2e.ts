import assert from 'node:assert/strict';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { preview } from 'vite';
import { baseUrl, launchChromium } from './launchChromium';
import { projectRoot } from './startPreviewServer';
import { WorkbenchPage } from './WorkbenchPage';

const screenshots = join(process.cwd(), 'test-results');
mkdirSync(screenshots, { recursive: true });
const distFolder = join(projectRoot, 'dist');

/** Resolves once a service worker controls the page, that is once it has precached the build. */
async function waitForServiceWorkerControl(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker?.controller != null, undefined, {
    timeout: 60_000,
  });
}

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)).split('\\').join('/'));
}

async function newWorkbenchContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  // tsx compiles functions passed to page.evaluate with esbuild's __name helper; give the page one.
  await context.addInitScript({ content: 'globalThis.__name = (target) => target;' });
  return context;
}

describe('the installable app', { timeout: 300_000 }, () => {
  let browser: Browser;
  before(async () => {
    browser = await launchChromium();
  });
  after(async () => {
    await browser.close();
  });

  it('precaches every file of the build, lazy chunks and workers included', async () => {
    const context = await newWorkbenchContext(browser);
    const page = await context.newPage();
    await new WorkbenchPage(page).open();
    await waitForServiceWorkerControl(page);
    const cached = await page.evaluate(async () => {
      const paths: string[] = [];
      for (const name of await caches.keys()) {
        for (const request of await (await caches.open(name)).keys())
          paths.push(new URL(request.url).pathname.slice(1));
      }
      return paths;
    });
    const expected = filesUnder(distFolder).filter(
      (path) => path !== 'sw.js' && !/^workbox-[\w-]+\.js$/.test(path),
    );
    assert.ok(expected.some((path) => path.startsWith('assets/loadSampleCorpus-')));
    assert.deepEqual(
      expected.filter((path) => !cached.includes(path)),
      [],
      'files of the build the service worker did not precache',
    );
    const manifest = await (
      await page.request.get(new URL('manifest.webmanifest', baseUrl()).href)
    ).json();
    assert.equal(manifest.display, 'standalone');
    assert.deepEqual(
      manifest.icons.map(
        (icon: { sizes: string; purpose: string }) => `${icon.sizes} ${icon.purpose}`,
      ),
      ['192x192 any', '512x512 any', '512x512 maskable', 'any any'],
    );
    await context.close();
  });

  it('reloads with the network off, with every project, and keeps what is typed offline', async () => {
    const context = await newWorkbenchContext(browser);
    const page = await context.newPage();
    const workbench = new WorkbenchPage(page);
    await workbench.open();
    await workbench.createProjectFromText('Offline notes', '第一句。第二句。');
    await waitForServiceWorkerControl(page);

    await context.setOffline(true);
    await page.reload();
    await workbench.rows().first().waitFor({ state: 'visible', timeout: 30_000 });
    const sidebar = page.getByRole('navigation');
    await sidebar.getByText('Offline notes').waitFor();
    await sidebar.getByText('山西：加快转型发展').waitFor();

    const segmentId = await workbench.row(0).getAttribute('data-segment-id');
    assert.ok(segmentId);
    await workbench.replaceTarget(0, 'Typed with no network.');
    await workbench.waitUntilStored(segmentId, 'Typed with no network.');
    // The other language's strings are a chunk of their own: it comes from the precache too.
    await page.getByRole('button', { name: '中文' }).click();
    await page.getByText('双语工作台').first().waitFor();
    await page.screenshot({ path: join(screenshots, 'offline-reload.png') });

    await page.reload();
    await workbench.rows().first().waitFor({ state: 'visible', timeout: 30_000 });
    assert.equal(
      await page.locator(`[data-segment-id="${segmentId}"] [data-role="target"]`).innerText(),
      'Typed with no network.',
    );
    await page.getByText('双语工作台').first().waitFor();
    await context.close();
  });

  it('downloads the sample only when seeding it, and only the language it shows', async () => {
    const context = await newWorkbenchContext(browser);
    const page = await context.newPage();
    const scriptUrls: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scriptUrls.push(request.url());
    });
    // A reload may answer 304 with no body: read each script the page asked for from the server.
    const scriptsRequested = () =>
      Promise.all(scriptUrls.splice(0).map(async (url) => (await page.request.get(url)).text()));
    const workbench = new WorkbenchPage(page);
    await workbench.open();
    await page.waitForLoadState('networkidle');
    const firstVisit = await scriptsRequested();
    assert.ok(
      firstVisit.some((text) => text.includes('两个基本实现')),
      'the first start seeds the sample',
    );

    await page.reload();
    await workbench.rows().first().waitFor({ state: 'visible' });
    await page.waitForLoadState('networkidle');
    const returnVisit = await scriptsRequested();
    assert.ok(returnVisit.length > 0);
    assert.deepEqual(
      returnVisit.filter((text) => text.includes('两个基本实现') || text.includes('双语工作台'))
        .length,
      0,
      'a later start of the English workbench loads neither the sample corpus nor the Chinese strings',
    );
    await context.close();
  });

  it('shows whether storage is persistent, as navigator.storage.persisted() says, with usage', async () => {
    const context = await newWorkbenchContext(browser);
    const page = await context.newPage();
    const workbench = new WorkbenchPage(page);
    await workbench.open();
    const status = workbench.storageStatus();
    await status.waitFor();
    const isPersisted = await page.evaluate(() => navigator.storage.persisted());
    assert.equal(await status.getAttribute('data-persisted'), String(isPersisted));
    assert.match(
      await status.innerText(),
      isPersisted ? /Storage: persistent/ : /Storage: may be cleared by the browser/,
    );
    assert.match(await status.innerText(), /[\d.]+ (kB|MB|GB) of [\d.,]+ (kB|MB|GB|TB) used/);
    await context.close();
  });

  it('runs under its Content-Security-Policy with no violation', async () => {
    const context = await newWorkbenchContext(browser);
    await context.addInitScript({
      content: `globalThis.__cspViolations = [];
        document.addEventListener('securitypolicyviolation', (event) =>
          globalThis.__cspViolations.push(event.violatedDirective + ' ' + event.blockedURI));`,
    });
    const page = await context.newPage();
    const consoleErrors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    const workbench = new WorkbenchPage(page);
    await workbench.open();
    const policy = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    assert.ok(policy);
    for (const directive of [
      "default-src 'self'",
      "script-src 'self'",
      "object-src 'none'",
      "base-uri 'none'",
      "worker-src 'self'",
    ])
      assert.ok(policy.includes(directive), `the policy has ${directive}`);
    assert.ok(!policy.includes('unsafe-eval'), 'no eval anywhere');
    const scriptSources = policy
      .split(';')
      .find((directive) => directive.trim().startsWith('script-src'));
    assert.equal(scriptSources?.trim(), "script-src 'self'", 'no inline script');

    const segmentId = await workbench.row(2).getAttribute('data-segment-id');
    assert.ok(segmentId);
    await workbench.replaceTarget(2, 'Typed under the policy.');
    await workbench.waitUntilStored(segmentId, 'Typed under the policy.');
    await workbench.highlightedTerm('两个基本实现').first().hover();
    await workbench.createProjectFromText('Policy check', '<script>alert(1)</script>第一句。');
    await workbench.rows().first().waitFor();
    assert.match(await workbench.source(0).innerText(), /<script>alert\(1\)<\/script>/);
    await waitForServiceWorkerControl(page);

    assert.deepEqual(
      await page.evaluate(
        () => (globalThis as unknown as { __cspViolations: string[] }).__cspViolations,
      ),
      [],
    );
    assert.deepEqual(
      consoleErrors.filter((text) => /Content Security Policy|Refused to/i.test(text)),
      [],
    );
    await context.close();
  });
});

describe('a new version of the app', { timeout: 300_000 }, () => {
  let browser: Browser;
  let folder: string;
  let server: Awaited<ReturnType<typeof preview>>;
  let url: string;
  before(async () => {
    browser = await launchChromium();
    // A copy of the build on a server of its own, so this test can deploy a new version to it.
    folder = mkdtempSync(join(tmpdir(), 'bitext-deploy-'));
    cpSync(distFolder, folder, { recursive: true });
    server = await preview({
      root: projectRoot,
      logLevel: 'warn',
      build: { outDir: folder },
      preview: { host: '127.0.0.1', port: 0, open: false },
    });
    url = server.resolvedUrls?.local[0] ?? '';
    assert.ok(url, 'the deploy server has an address');
  });
  after(async () => {
    await browser.close();
    await server.close();
    rmSync(folder, { recursive: true, force: true });
  });

  /** What a deploy changes: index.html, and with it the precache revision in sw.js. */
  function deployNewVersion(): void {
    const index = join(folder, 'index.html');
    writeFileSync(
      index,
      readFileSync(index, 'utf8').replace(
        '<head>',
        '<head><meta name="bitext-build" content="second">',
      ),
    );
    const serviceWorker = join(folder, 'sw.js');
    const updated = readFileSync(serviceWorker, 'utf8').replace(
      /\{url:"index\.html",revision:"[0-9a-f]+"\}/,
      '{url:"index.html",revision:"second-build"}',
    );
    assert.match(updated, /revision:"second-build"/);
    writeFileSync(serviceWorker, updated);
  }

  async function openWorkbench(page: Page): Promise<WorkbenchPage> {
    const workbench = new WorkbenchPage(page);
    await page.goto(url);
    await workbench.rows().first().waitFor({ state: 'visible', timeout: 30_000 });
    return workbench;
  }
  /** Marks the current document, and notes when another service worker takes it over. */
  const markDocument = (page: Page) =>
    page.evaluate(() => {
      Object.assign(window, { __sameDocument: true, __controllerChanged: false });
      navigator.serviceWorker.addEventListener('controllerchange', () =>
        Object.assign(window, { __controllerChanged: true }),
      );
    });
  const isSameDocument = (page: Page) =>
    page.evaluate(
      () => (window as unknown as { __sameDocument?: boolean }).__sameDocument === true,
    );

  it('shows a banner when a new version waits, reloads only the tab that asks, and brings it in', async () => {
    const context = await newWorkbenchContext(browser);
    const page = await context.newPage();
    const workbench = await openWorkbench(page);
    await waitForServiceWorkerControl(page);
    const otherTab = await openWorkbench(await context.newPage());
    await markDocument(page);
    await markDocument(otherTab.page);

    deployNewVersion();
    // The app looks for a new version whenever the page becomes visible again.
    await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
    const banner = workbench.updateBanner();
    await banner.waitFor({ state: 'visible', timeout: 30_000 });
    await otherTab.updateBanner().waitFor({ state: 'visible', timeout: 30_000 });
    assert.match(await banner.innerText(), /A new version of the workbench is ready/);
    assert.equal(await isSameDocument(page), true, 'the app did not reload by itself');
    assert.equal(await page.locator('meta[name="bitext-build"]').count(), 0);
    await page.screenshot({ path: join(screenshots, 'update-banner.png') });

    await Promise.all([
      page.waitForEvent('load'),
      banner.getByRole('button', { name: 'Reload now' }).click(),
    ]);
    await workbench.rows().first().waitFor({ state: 'visible', timeout: 30_000 });
    assert.equal(await isSameDocument(page), false);
    assert.equal(await page.locator('meta[name="bitext-build"]').getAttribute('content'), 'second');
    assert.equal(await banner.count(), 0);

    // The other tab is now controlled by the new worker but keeps its page until its user reloads.
    await otherTab.page.waitForFunction(
      () => (window as unknown as { __controllerChanged?: boolean }).__controllerChanged === true,
    );
    assert.equal(
      await isSameDocument(otherTab.page),
      true,
      'the other tab did not reload by itself',
    );
    await otherTab.updateBanner().waitFor({ state: 'visible' });
    await context.close();
  });
});
