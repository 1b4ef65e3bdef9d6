// Builds the bitext command line (src/cli/main.ts and everything it imports, dependencies included)
// into one ES module, .build/cli/bitext.mjs, with Vite's bundler, and keeps it fresh: beside it,
// inputs.json records the modification time of every file that went in (sources, package-lock.json);
// when one changed or went missing, the next start builds again (about a second) and drops the
// compiled dictionary index, which the command line then compiles anew on its first lookup.
// Plain JavaScript, so that bin/bitext.js can run it without a TypeScript loader.
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const PROJECT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const BUILD_DIRECTORY = join(PROJECT, '.build', 'cli');
const ENTRY = 'bitext.mjs';
const INPUTS = 'inputs.json';
/** The compiled dictionary index's file in a build directory (the command line writes it). */
export const COMPILED_INDEX = 'cedict-index.txt';
/** Not inside the bundle: the dictionary is a 10 MB file the command line reads as text. */
const EXTERNAL = [/^hanzi(?:\/|$)/];
/** Files that change the bundle without being a module of it. */
const ALSO_TRACKED = ['package-lock.json', 'tooling/buildCommandLine.js'];

/** Whether the built command line exists and every file it was built from is unchanged. */
export function isBuildFresh(directory = BUILD_DIRECTORY) {
  let recorded;
  try {
    recorded = JSON.parse(readFileSync(join(directory, INPUTS), 'utf8'));
    statSync(join(directory, ENTRY));
  } catch {
    return false;
  }
  return Object.entries(recorded).every(([path, modified]) => {
    try {
      return statSync(resolve(PROJECT, path)).mtimeMs === modified;
    } catch {
      return false;
    }
  });
}

/** Builds the command line when it is missing or stale; returns the path of its entry module. */
export async function ensureCommandLineBuild(directory = BUILD_DIRECTORY) {
  if (!isBuildFresh(directory)) await buildCommandLine(directory);
  return join(directory, ENTRY);
}

/** Builds the command line now. Safe when two runs build at once: each file is renamed into place. */
export async function buildCommandLine(directory = BUILD_DIRECTORY) {
  const { build } = await import('vite');
  const startedAt = Date.now();
  const result = await build({
    configFile: false,
    root: PROJECT,
    publicDir: false,
    logLevel: 'error',
    ssr: { noExternal: true, external: ['hanzi'] },
    build: {
      ssr: 'src/cli/main.ts',
      target: 'node20',
      write: false,
      minify: false,
      sourcemap: false,
      rollupOptions: { external: EXTERNAL, output: { format: 'es', codeSplitting: false } },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((each) => each.output);
  const entry = outputs.find((output) => output.type === 'chunk' && output.isEntry);
  if (!entry) throw new Error('The command line build produced no entry module.');
  const inputs = {};
  for (const path of [...entry.moduleIds.filter((id) => !id.includes('\0')), ...ALSO_TRACKED]) {
    const local = relative(PROJECT, resolve(PROJECT, path));
    if (local.startsWith('..') || local.split(/[\\/]/).includes('node_modules')) continue;
    // A file that is not there (a checkout without a lockfile) is left out rather than failing the build.
    const modified = statSync(join(PROJECT, local), { throwIfNoEntry: false })?.mtimeMs;
    if (modified === undefined) continue;
    // A file saved while the build ran is recorded as stale, so the next start builds again.
    inputs[local] = modified > startedAt ? -1 : modified;
  }
  mkdirSync(directory, { recursive: true });
  const place = (name, text) => {
    const aside = join(directory, `.${name}.${process.pid}-${startedAt}`);
    writeFileSync(aside, text);
    renameSync(aside, join(directory, name));
  };
  place(ENTRY, entry.code);
  rmSync(join(directory, COMPILED_INDEX), { force: true });
  place(INPUTS, JSON.stringify(inputs, null, 1));
  return join(directory, ENTRY);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const started = performance.now();
  const built = await buildCommandLine();
  process.stdout.write(
    `built ${relative(process.cwd(), built)} in ${Math.round(performance.now() - started)} ms\n`,
  );
}
