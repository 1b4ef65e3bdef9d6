import { describe, expect, it } from 'vitest';
import { checkUntranslated } from './checkUntranslated';

describe('checkUntranslated', () => {
  it.each([
    ['山西高校很多。', 'Shanxi has many 高校.', '高校'],
    ['山西高校很多。', 'Shanxi has 许多 高校.', '许多 高校'],
    ['山西高校很多。', 'Shanxi has many universities.', undefined],
    ['山西高校很多。', '山西高校很多。', undefined],
    ['第〇号', 'No. 〇', '〇'],
  ])('%s → %s: %s', (source, target, text) => {
    const findings = checkUntranslated({ key: 's', source, target });
    expect(findings[0]?.values['text']).toBe(text);
    if (text !== undefined)
      expect(target.slice(findings[0]?.targetStart, findings[0]?.targetEnd)).toBe(text);
  });
});
