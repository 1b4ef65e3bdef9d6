import { describe, expect, it } from 'vitest';
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
