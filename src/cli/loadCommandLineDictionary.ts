import { randomUUID } from 'node:crypto';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import type { CedictIndex } from '../domain/dictionary/cedictIndex';
import { compileCedictIndex } from '../domain/dictionary/compileCedictIndex';
import { loadCedict } from '../domain/dictionary/loadCedict';
import { openCompiledCedict } from '../domain/dictionary/openCompiledCedict';
import { readCedictText } from './readCedictText';

/** Set by `bin/bitext.js` to the compiled index beside the built command line, which it keeps fresh. */
export const COMPILED_INDEX_VARIABLE = 'BITEXT_CEDICT_INDEX';

let pending: Promise<CedictIndex> | undefined;

/**
 * CC-CEDICT for the command line, once a process. Run through `bin/bitext.js` (`npm run bitext`),
 * the index comes compiled from the file it names (see `compileCedictIndex`), and when that file is
 * not there yet it is indexed from the text and compiled into it for the next run. Run any other way
 * (tsx, the tests) it is indexed from the text, as in the browser.
 */
export function loadCommandLineDictionary(): Promise<CedictIndex> {
  pending ??= load(process.env[COMPILED_INDEX_VARIABLE]);
  return pending;
}

async function load(compiledPath: string | undefined): Promise<CedictIndex> {
  if (!compiledPath) return loadCedict(readCedictText);
  try {
    return openCompiledCedict(await readFile(compiledPath, 'utf8'));
  } catch {
    const index = await loadCedict(readCedictText);
    // Written aside and renamed, so another run never reads half a file; a failure only costs speed.
    const aside = `${compiledPath}.${randomUUID()}`;
    try {
      await writeFile(aside, compileCedictIndex(index));
      await rename(aside, compiledPath);
    } catch {
      await rm(aside, { force: true });
    }
    return index;
  }
}
