import { launchChromium } from './launchChromium';
import { startPreviewServer } from './startPreviewServer';
import { WorkbenchPage } from './WorkbenchPage';

const server = await startPreviewServer();
process.env.E2E_BASE_URL = server.url;
const browser = await launchChromium();
for (const viewport of [
  { width: 1024, height: 768 },
  { width: 1600, height: 900 },
]) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const workbench = new WorkbenchPage(page);
  await workbench.open();
  await workbench.openGlossary();
  await page.locator('[data-entry-id]').first().waitFor();
  await page.screenshot({ path: `/tmp/gshots/glossary-${viewport.width}.png` });
  await page.locator('[data-action="show-occurrences"]').first().click();
  await page.locator('[data-action="edit-entry"]').nth(1).click();
  await page.screenshot({ path: `/tmp/gshots/glossary-edit-${viewport.width}.png` });
  await page.locator('[data-tab="candidates"]').click();
  await page.locator('[data-candidate]').first().waitFor({ timeout: 60000 });
  await page.screenshot({ path: `/tmp/gshots/candidates-${viewport.width}.png` });
  await page.locator('[data-action="go-to-segment"]').count();
  await page.locator('.project-item__open').first().click();
  await page.locator('[data-segment-id]').first().waitFor();
  await page.locator('[data-role="term-check"] [data-scope="project"]').click();
  await page.screenshot({ path: `/tmp/gshots/translate-${viewport.width}.png` });
  await context.close();
}
await browser.close();
await server.close();
