import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadSampleCorpus } from './loadSampleCorpus';
import { seedSampleProjectIfMissing } from './seedSampleProject';
import { listTerms } from './termRepository';
import { listProjectSegments } from './testing/listProjectSegments';
import { openTestDatabase } from './testing/openTestDatabase';

const corpusLines = (path: string): string[] =>
  readFileSync(new URL(`../../corpus/${path}`, import.meta.url), 'utf8')
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '');

describe('loadSampleCorpus', () => {
  it('builds the sample from the real corpus files, every sentence translated', () => {
    const corpus = loadSampleCorpus();
    const pairs = corpus.paragraphs.flat();
    expect(pairs.map((pair) => pair.source)).toEqual(corpusLines('shanxi/zh.sentences.txt'));
    expect(pairs.every((pair) => pair.target.trim() !== '')).toBe(true);
    expect(pairs.map((pair) => pair.target).join(' ')).toBe(
      corpusLines('shanxi/en.sentences.txt').join(' '),
    );
    expect(corpus.glossary.length).toBeGreaterThanOrEqual(40);
    expect(corpus.glossary.map((entry) => entry.source)).toContain('两个基本实现');
  });

  it('leaves the web page’s chrome out of the sample: it ends with the reporters’ byline', () => {
    const pairs = loadSampleCorpus().paragraphs.flat();
    const pageChrome = corpusLines('shanxi/zh.page-chrome.txt');
    expect(pageChrome).toEqual(['评论0']);
    expect(pairs.filter((pair) => pageChrome.includes(pair.source))).toEqual([]);
    expect(pairs.at(-1)?.source).toMatch(/^\(李林霞 .*\)$/u);
    expect(pairs.at(-1)?.target).toMatch(/^\(Reported by Li Linxia, .*\)$/u);
  });

  it('seeds the real sample: every sentence a draft, every glossary term', async () => {
    const corpus = loadSampleCorpus();
    const database = openTestDatabase();
    try {
      const projectId = await seedSampleProjectIfMissing(database, corpus);
      if (projectId === undefined) throw new Error('not seeded');
      const segments = await listProjectSegments(database, projectId);
      expect(segments.map((segment) => segment.source)).toEqual(
        corpusLines('shanxi/zh.sentences.txt'),
      );
      expect(new Set(segments.map((segment) => segment.status))).toEqual(new Set(['draft']));
      const distinctTerms = new Set(
        corpus.glossary.map((entry) => `${entry.source}\t${entry.target}`),
      );
      expect(await listTerms(database, projectId)).toHaveLength(distinctTerms.size);
    } finally {
      await database.delete();
    }
  });
});
