// Takes the README's screenshots of the real page: the sample project with its first segment open,
// and the alignment workspace on the sample article against its English with one paragraph left
// out (so that the grid and the plot show a doubtful stretch), its first beads confirmed.
// Run with `npm run screenshot` (needs Debian's fonts-noto-cjk for the Chinese to render).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
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

  const folder = mkdtempSync(join(tmpdir(), 'bitext-screenshot-'));
  const english = readFileSync(join(projectRoot, 'corpus', 'shanxi', 'en.txt'), 'utf8').split('\n');
  const shortened = join(folder, 'shanxi.en.txt');
  writeFileSync(shortened, english.filter((_line, index) => index !== 6).join('\n'));
  await page.locator('[data-action="new-alignment"]').click();
  await page
    .locator('[data-role="align-source-file"]')
    .setInputFiles(join(projectRoot, 'corpus', 'shanxi', 'zh.txt'));
  await page.locator('[data-role="align-target-file"]').setInputFiles(shortened);
  await page.locator('[data-action="run-alignment"]:enabled').click();
  await page.locator('[data-bead-index="2"]').waitFor({ timeout: 120_000 });
  await page.locator('[data-bead-index="2"] .bead-row__meta').click();
  await page.locator('[data-action="confirm-through"]').click();
  await page.locator('[data-bead-index="2"][data-confirmed="true"]').waitFor();
  // Show the stretch whose English was left out: its beads have no English sentence.
  const oneSided = page.locator('[data-target-sentences=""]').first();
  await oneSided.scrollIntoViewIfNeeded();
  await oneSided.locator('.bead-row__meta').click();
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  const alignmentPath = join(projectRoot, 'docs', 'alignment.png');
  await page.screenshot({ path: alignmentPath });
  console.log(`wrote ${alignmentPath}`);
  rmSync(folder, { recursive: true, force: true });
} finally {
  await browser.close();
  await server.close();
}
