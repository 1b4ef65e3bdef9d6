// Renders the app's PNG icons from its SVGs in headless Chromium: `npx tsx scripts/renderAppIcons.ts`.
// Rerun it after changing public/favicon.svg or public/icons/icon-maskable.svg, and commit the PNGs.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../test/e2e/launchChromium';

const publicFolder = fileURLToPath(new URL('../public/', import.meta.url));

const icons = [
  { svg: 'favicon.svg', png: 'icons/icon-192.png', size: 192 },
  { svg: 'favicon.svg', png: 'icons/icon-512.png', size: 512 },
  { svg: 'icons/icon-maskable.svg', png: 'icons/icon-maskable-512.png', size: 512 },
  { svg: 'icons/icon-maskable.svg', png: 'icons/apple-touch-icon-180.png', size: 180 },
];

const browser = await launchChromium();
try {
  for (const { svg, png, size } of icons) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const source = readFileSync(`${publicFolder}${svg}`).toString('base64');
    await page.setContent(
      `<body style="margin:0"><img src="data:image/svg+xml;base64,${source}" width="${size}" height="${size}"></body>`,
    );
    await page.locator('img').evaluate((image: HTMLImageElement) => image.decode());
    await page.screenshot({ path: `${publicFolder}${png}`, omitBackground: true });
    await page.close();
    console.log(`${png}: ${size}×${size}`);
  }
} finally {
  await browser.close();
}
