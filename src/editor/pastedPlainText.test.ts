import { describe, expect, it } from 'vitest';
import { pastedPlainText } from './pastedPlainText';

describe('pastedPlainText', () => {
  it.each([
    ['Plain text', 'Plain text'],
    ['line one\nline two', 'line one line two'],
    ['a\r\n\r\nb', 'a b'],
    ['a \t\n  b', 'a b'],
    ['<b>kept as text</b>', '<b>kept as text</b>'],
    ['', ''],
  ])('%j becomes %j', (input, expected) => {
    expect(pastedPlainText(input)).toBe(expected);
  });
});
