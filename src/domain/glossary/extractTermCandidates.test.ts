import { describe, expect, it } from 'vitest';
import { parseCedict } from '../dictionary/parseCedict';
import { extractTermCandidates } from './extractTermCandidates';

const segments = [
  '推进科技成果转化,加快科技成果转化。',
  '科技成果转移转化很重要。',
  '实验室建设,重点实验室和省实验室。',
].map((source) => ({ source, target: '' }));

describe('extractTermCandidates', () => {
  it('leaves out the parts of known terms, not only the terms', () => {
    const terms = (known: string[]) =>
      extractTermCandidates(segments, { known }).map((candidate) => candidate.term);
    expect(terms([])).toContain('科技成果转');
    expect(terms(['科技成果转化'])).not.toContain('科技成果转');
    expect(terms(['科技成果转化'])).not.toContain('科技成果转化');
    expect(terms(['科技成果转化'])).toContain('实验室');
  });
});

describe('extractTermCandidates with a dictionary', () => {
  const dictionary = parseCedict(
    [
      '医疗 医疗 [yi1 liao2] /medical treatment/',
      '卫生 卫生 [wei4 sheng1] /health/',
      '扎实 扎实 [zha1 shi5] /solid/',
      '推进 推进 [tui1 jin4] /to push forward/',
      '平台 平台 [ping2 tai2] /platform/',
      '创新 创新 [chuang4 xin1] /innovation/',
      '数字 数字 [shu4 zi4] /digital/',
      '经济 经济 [jing1 ji4] /economy/',
    ].join('\n'),
  );
  const terms = (sources: readonly string[]) =>
    extractTermCandidates(
      sources.map((source) => ({ source, target: '' })),
      { dictionary },
    ).map((candidate) => candidate.term);

  it.each<[string, readonly string[], string]>([
    [
      'a string cut out of a word most times it occurs (县域医 of 县域医疗)',
      ['县域医疗卫生好。', '县域医共体好。', '县域医疗卫生新。'],
      '县域医',
    ],
    [
      'a two-character string cut out of a word even once (实推 of 扎实推进)',
      ['谋实推深改革。', '谋实推深发展。', '要扎实推进改革。'],
      '实推',
    ],
  ])('leaves out %s', (_name, sources, fragment) => {
    expect(terms(sources)).not.toContain(fragment);
  });

  it('orders strings by how consistently the translations render them', () => {
    const candidates = extractTermCandidates(
      [
        { source: '数字经济快。', target: 'The digital economy grows.' },
        { source: '数字经济好。', target: 'A digital economy helps.' },
        { source: '公司治理快。', target: 'Management is quick.' },
        { source: '公司治理好。', target: 'Governance works well.' },
      ],
      { dictionary },
    );
    const order = candidates.map((candidate) => candidate.term);
    expect(order.indexOf('数字经济')).toBeLessThan(order.indexOf('公司治理'));
    expect(candidates.find((candidate) => candidate.term === '数字经济')?.suggestion).toBe(
      'digital economy',
    );
    // No rendering the translations agree on: an empty suggestion rather than a guess.
    expect(candidates.find((candidate) => candidate.term === '公司治理')?.suggestion).toBe('');
  });
});
