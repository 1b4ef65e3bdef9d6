// Bundles the term matcher with a generator and runs it in a Chromium page: a termbase of 20,000
// terms against 10,000 segments of about 60 characters, the median of five runs (target: 200 ms).
import { build } from 'esbuild';
import type { Browser } from 'playwright-core';
import type { InPageFigures } from './termMatchingInPage';

/** One line of figures: building the automaton and matching every segment, in Chromium. */
export async function measureTermMatching(
  browser: Browser,
  termCount = 20_000,
  segmentCount = 10_000,
): Promise<string> {
  const bundle = await build({
    entryPoints: [new URL('./termMatchingInPage.ts', import.meta.url).pathname],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2022',
  });
  const page = await browser.newPage();
  try {
    await page.addScriptTag({ content: bundle.outputFiles[0]?.text ?? '' });
    const runs: InPageFigures[] = [];
    for (let run = 0; run < 5; run += 1)
      runs.push(
        await page.evaluate(
          ([terms, segments]) =>
            (
              globalThis as unknown as {
                runTermMatching: (terms: number, segments: number) => InPageFigures;
              }
            ).runTermMatching(terms, segments),
          [termCount, segmentCount] as const,
        ),
      );
    const median = (values: number[]) => values.sort((a, b) => a - b)[2] ?? Number.NaN;
    const matchMs = median(runs.map((run) => run.matchMs));
    const buildMs = median(runs.map((run) => run.buildMs));
    return (
      `term matching in Chromium: ${termCount.toLocaleString('en')} terms × ` +
      `${segmentCount.toLocaleString('en')} segments, automaton built in ${buildMs.toFixed(0)} ms, ` +
      `every segment matched in ${matchMs.toFixed(0)} ms (median of 5; target 200 ms), ` +
      `${runs[0]?.matches ?? 0} matches`
    );
  } finally {
    await page.close();
  }
}
