// Runs only the TMX-into-memory row of `npm run bench` against a fresh `vite build`.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium } from '../e2e/launchChromium';
import { startPreviewServer } from '../e2e/startPreviewServer';
import { measureTmxMemoryImport } from './measureTmxMemoryImport';

const server = await startPreviewServer();
process.env.E2E_BASE_URL = server.url;
const browser = await launchChromium();
const folder = mkdtempSync(join(tmpdir(), 'bitext-bench-'));
try {
  console.log(await measureTmxMemoryImport(browser, folder));
} finally {
  await browser.close();
  await server.close();
  rmSync(folder, { recursive: true, force: true });
}
