import { describe, expect, it } from 'vitest';
import { formatByteSize } from './formatByteSize';

describe('formatByteSize', () => {
  it.each([
    [0, 'en', '0 kB'],
    [420, 'en', '0.42 kB'],
    [1_234, 'en', '1.23 kB'],
    [999_999, 'en', '1 MB'],
    [12_345_678, 'en', '12.3 MB'],
    [299_700_000_000, 'en', '300 GB'],
    [2_500_000_000_000, 'en', '2.5 TB'],
    [12_345_678, 'zh-CN', '12.3 MB'],
  ])('formats %d bytes in %s as %s', (bytes, locale, expected) => {
    expect(formatByteSize(bytes, locale)).toBe(expected);
  });
});
