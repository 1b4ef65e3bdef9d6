import { describe, expect, it } from 'vitest';
import { rankRenderings } from './rankRenderings';

describe('rankRenderings', () => {
  it('puts preferred first, then admitted, deprecated and forbidden, else in order', () => {
    const ranked = rankRenderings([
      { text: 'a', status: 'forbidden', note: '' },
      { text: 'b', status: 'admitted', note: '' },
      { text: 'c', status: 'preferred', note: '' },
      { text: 'd', status: 'admitted', note: '' },
      { text: 'e', status: 'deprecated', note: '' },
    ]);
    expect(ranked.map((rendering) => rendering.text).join('')).toBe('cbdea');
  });
});
