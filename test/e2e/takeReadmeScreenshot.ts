// Takes the README's screenshot of the real page: the sample project with its first segment open.
// Run with `npm run screenshot` (needs Debian's fonts-noto-cjk for the Chinese to render).
import { join } from 'node:path';
import { launchChromium } from './launchChromium';
import { projectRoot, startPreviewServer } from './startPreviewServer';
import { WorkbenchPage } from './WorkbenchPage';

const server = await startPreviewServer();
process.env.E2E_BASE_URL = server.url;
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  const workbench = new WorkbenchPage(page);
  await workbench.open();
  await workbench.editTarget(0);
  await workbench.highlightedTerms().first().waitFor();
  await workbench.waitForListToSettle();
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  const path = join(projectRoot, 'docs', 'screenshot.png');
  await page.screenshot({ path });
  console.log(`wrote ${path}`);
} finally {
  await browser.close();
  await server.close();
}
