// Times translation-memory lookups in Chromium: the domain index is bundled (Vite, library mode)
// into a blank page, which generates 100,000 units, indexes them and looks up 200 sentences, each
// a stored one with a phrase or a figure changed.
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { build } from 'vite';

interface PageFigures {
  readonly buildMs: number;
  readonly times: number[];
  readonly found: number;
  readonly concordanceMs: number;
  readonly hits: number;
}

/** One line of figures: index build time, lookup median, p95 and slowest, concordance time. */
export async function measureMemoryLookup(
  browser: Browser,
  unitCount = 100_000,
  lookups = 200,
): Promise<string> {
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: true,
      lib: {
        entry: fileURLToPath(new URL('./memoryLookupPage.ts', import.meta.url)),
        formats: ['iife'],
        name: 'memoryLookupPage',
      },
    },
  });
  const bundles = Array.isArray(output) ? output : [output];
  const chunk = bundles
    .flatMap((bundle) => ('output' in bundle ? bundle.output : []))
    .find((file) => file.type === 'chunk');
  if (chunk === undefined || chunk.type !== 'chunk')
    throw new Error('The lookup page did not build.');
  const page = await browser.newPage();
  try {
    await page.addScriptTag({ content: chunk.code });
    const figures = await page.evaluate(
      ([count, times]) =>
        (
          globalThis as unknown as {
            runMemoryLookup: (count: number, times: number) => PageFigures;
          }
        ).runMemoryLookup(count, times),
      [unitCount, lookups] as const,
    );
    const sorted = [...figures.times].sort((a, b) => a - b);
    const at = (fraction: number) =>
      sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)] ?? Number.NaN;
    return (
      `translation memory of ${unitCount.toLocaleString('en')} units in Chromium: index built in ` +
      `${figures.buildMs.toFixed(0)} ms; fuzzy lookup (min 70 %) ${at(0.5).toFixed(1)} ms median, ` +
      `${at(0.95).toFixed(1)} ms p95, ${at(1).toFixed(1)} ms slowest of ${sorted.length}, ` +
      `the changed unit found in ${figures.found}/${sorted.length}; concordance ` +
      `${figures.concordanceMs.toFixed(1)} ms (${figures.hits} hits)`
    );
  } finally {
    await page.close();
  }
}
