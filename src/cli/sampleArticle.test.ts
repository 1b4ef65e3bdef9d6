import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { alignSentences } from '../domain/alignment/engine/alignSentences';
import { formatBead } from '../domain/alignment/engine/formatBead';
import { loadCedict } from '../domain/dictionary/loadCedict';
import { parseGlossaryTsv } from '../domain/glossary/parseGlossaryTsv';
import { readCedictText } from './readCedictText';
import { readSentences } from './readSentences';

const corpus = new URL('../../corpus/', import.meta.url);
const read = (path: string): string => readFileSync(new URL(path, corpus), 'utf8');

describe('the sample article', () => {
  it('aligns against our English with every bead as in its gold file', async () => {
    const dictionary = await loadCedict(readCedictText);
    const result = alignSentences(
      {
        source: readSentences(read('shanxi/zh.sentences.txt'), 'zh', true),
        target: readSentences(read('shanxi/en.sentences.txt'), 'en', true),
      },
      { dictionary, glossary: parseGlossaryTsv(read('glossary.tsv')) },
    );
    expect(result.beads.map(formatBead)).toEqual(read('shanxi/gold.align').trim().split('\n'));
  });
});
