import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { conceptsFromEntries } from '../domain/glossary/conceptsFromEntries';
import { checkGlossaryFiles } from './checkGlossaryFiles';
import { runBitext as bitext } from './testing/runBitext';

const projectRoot = new URL('../../', import.meta.url);

const glossary = conceptsFromEntries([
  { source: '高校', target: 'universities', partOfSpeech: '', note: '' },
  { source: '山西', target: 'Shanxi', partOfSpeech: '', note: '' },
]);

describe('checkGlossaryFiles', () => {
  it('prints LINE, KIND, TERM and DETAIL, the line counted in SOURCE', () => {
    const lines = checkGlossaryFiles(
      glossary,
      '山西高校很多。\n\n高校发展。\n',
      'Shanxi has many universities.\n\nSchools develop.\n',
      true,
      undefined,
    );
    expect(lines).toEqual(['3\tmissing\t高校\texpected "universities"']);
  });
});

describe('bitext glossary check', () => {
  it('exits 0 on the sample, whose English uses the starter glossary', async () => {
    const result = await bitext(
      'glossary',
      'check',
      '--glossary',
      'corpus/glossary.tsv',
      'corpus/shanxi/zh.sentences.txt',
      'corpus/shanxi/en.sentences.txt',
      '--presplit',
    );
    expect(result).toEqual({ stdout: '', stderr: '', code: 0 });
  });

  it('exits 1 and names the line when a term has lost its rendering', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'bitext-glossary-'));
    const english = readFileSync(new URL('corpus/shanxi/en.sentences.txt', projectRoot), 'utf8');
    writeFileSync(
      join(folder, 'en.txt'),
      english.replaceAll('Six Major Initiatives', 'six actions'),
    );
    const result = await bitext(
      'glossary',
      'check',
      '--glossary=corpus/glossary.tsv',
      'corpus/shanxi/zh.sentences.txt',
      join(folder, 'en.txt'),
      '--presplit',
    );
    expect(result).toEqual({
      stdout: '8\tmissing\t六大行动\texpected "Six Major Initiatives"\n',
      stderr: '',
      code: 1,
    });
  });
});
