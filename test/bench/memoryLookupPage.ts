// Bundled into a blank page by measureMemoryLookup: builds the memory index over generated
// units and times lookups of slightly changed sentences in the browser.
import { createMemoryIndex } from '../../src/domain/memory/createMemoryIndex';
import { changeSentence, generateMemoryUnits } from './generateMemoryUnits';

function runMemoryLookup(unitCount: number, lookups: number) {
  const units = generateMemoryUnits(unitCount);
  const buildStart = performance.now();
  const index = createMemoryIndex(units);
  const buildMs = performance.now() - buildStart;
  const times: number[] = [];
  let found = 0;
  for (let lookup = 0; lookup < lookups; lookup += 1) {
    const stored = units[(lookup * 7919) % units.length];
    if (stored === undefined) continue;
    const sentence = changeSentence(stored.source, lookup);
    const start = performance.now();
    const matches = index.lookup(sentence, { minScore: 70, limit: 5 });
    times.push(performance.now() - start);
    if (matches.some((match) => match.unit.id === stored.id)) found += 1;
  }
  const concordanceStart = performance.now();
  const hits = index.concordance('乡村振兴', { limit: 50 }).length;
  const concordanceMs = performance.now() - concordanceStart;
  return { buildMs, times, found, concordanceMs, hits };
}

Object.assign(globalThis, { runMemoryLookup });
