import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadCedict } from '../domain/dictionary/loadCedict';
import { extractTermCandidates } from '../domain/glossary/extractTermCandidates';
import { parseGlossaryTsv } from '../domain/glossary/parseGlossaryTsv';
import { readCedictText } from './readCedictText';

const corpus = new URL('../../corpus/', import.meta.url);
const read = (path: string): string => readFileSync(new URL(path, corpus), 'utf8');
const lines = (path: string): string[] =>
  read(path)
    .split('\n')
    .filter((line) => line !== '');

function sampleSegments(): { source: string; target: string }[] {
  const zh = lines('shanxi/zh.sentences.txt');
  const en = lines('shanxi/en.sentences.txt');
  return lines('shanxi/gold.align').map((bead) => {
    const [source = '', target = ''] = bead.replace(/[[\]]/g, '').split(':');
    const pick = (indexes: string, sentences: string[], glue: string) =>
      indexes
        .split(',')
        .map((index) => sentences[Number(index)] ?? '')
        .join(glue);
    return { source: pick(source, zh, ''), target: pick(target, en, ' ') };
  });
}

describe('term candidates of the sample article', () => {
  it('are mostly the starter glossary’s terms, with its renderings suggested', async () => {
    const dictionary = await loadCedict(readCedictText);
    const glossary = new Map(
      parseGlossaryTsv(read('glossary.tsv')).map((entry) => [entry.source, entry.target]),
    );
    const top = extractTermCandidates(sampleSegments(), { dictionary, limit: 20 });
    const terms = top.map((candidate) => candidate.term);
    expect(terms.filter((term) => glossary.has(term)).length).toBeGreaterThanOrEqual(15);
    expect(terms).toEqual(expect.arrayContaining(['两个基本实现', '六大行动', '小切口']));
    for (const fragment of ['步加快', '基本实现', '两个基本', '跨境电', '全会精'])
      expect(terms).not.toContain(fragment);
    const suggested = top.filter(
      (candidate) =>
        candidate.suggestion.toLowerCase() === glossary.get(candidate.term)?.toLowerCase(),
    );
    expect(suggested.length).toBeGreaterThanOrEqual(12);
  });

  it('leaves out the terms it is told are known', () => {
    const top = extractTermCandidates(sampleSegments(), { known: ['兩個基本實現'], limit: 50 });
    expect(top.map((candidate) => candidate.term)).not.toContain('两个基本实现');
  });
});
