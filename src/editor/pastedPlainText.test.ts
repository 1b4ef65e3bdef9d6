import { describe, expect, it } from 'vitest';
import { pastedPlainText } from './pastedPlainText';

describe('pastedPlainText', () => {
  it.each([
    ['Plain text', 'Plain text'],
    ['line one\nline two', 'line one line two'],
    ['a\r\n\r\nb', 'a b'],
    ['a \t\n  b', 'a b'],
    ['double  spaces   collapse', 'double spaces collapse'],
    ['a\fb\vc', 'a b c'],
    ['<b>kept as text</b>', '<b>kept as text</b>'],
    ['', ''],
    ['NUL\u0000 inside', 'NUL inside'],
    ['\u0000\u0000', ''],
    ['bell\u0007, escape\u001b[31m and delete\u007f', 'bell, escape[31m and delete'],
    ['a lone high surrogate \uD800 here', 'a lone high surrogate here'],
    ['a lone low surrogate \uDC00', 'a lone low surrogate '],
    ['reversed pair \uDE00\uD83D', 'reversed pair '],
    ['an emoji 😀 and 𠀀 stay', 'an emoji 😀 and 𠀀 stay'],
    ['bidi \u202Eis kept\u202C as text', 'bidi \u202Eis kept\u202C as text'],
  ])('%j becomes %j', (input, expected) => {
    expect(pastedPlainText(input)).toBe(expected);
  });
});
