#!/usr/bin/env node
// Runs the bitext command line from any folder (`npm run -s bitext -- …`, or `bitext` after
// `npm link`). It runs the built module .build/cli/bitext.mjs, building it first when it is missing
// or older than its sources (tooling/buildCommandLine.js), so a fresh clone needs only `npm ci`;
// the compiled dictionary index lives beside it. Without Vite (an install without dev dependencies)
// it falls back to running the TypeScript sources through tsx, as it did before, only slower.
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

let entry;
try {
  const build = await import('../tooling/buildCommandLine.js');
  entry = await build.ensureCommandLineBuild();
  process.env.BITEXT_CEDICT_INDEX = join(dirname(entry), build.COMPILED_INDEX);
} catch (error) {
  if (process.env.BITEXT_DEBUG) process.stderr.write(`bitext: no built command line (${error})\n`);
}
if (entry) {
  await import(pathToFileURL(entry).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli/main.ts');
}
