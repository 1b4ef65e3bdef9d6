import { describe, expect, it } from 'vitest';
import { partOfSpeechFromText } from './partOfSpeechFromText';

describe('partOfSpeechFromText', () => {
  it.each([
    ['', undefined],
    ['  ', undefined],
    ['noun', 'noun'],
    ['Noun', 'noun'],
    ['proper noun', 'properNoun'],
    ['properNoun', 'properNoun'],
    ['adj.', 'adjective'],
    ['phrase', 'phrase'],
    ['动词', 'verb'],
    ['interjection', 'other'],
  ])('reads %j as %j', (text, expected) => {
    expect(partOfSpeechFromText(text)).toBe(expected);
  });
});
