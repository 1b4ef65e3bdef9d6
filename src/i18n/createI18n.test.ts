import { describe, expect, it } from 'vitest';
import { createI18n } from './createI18n';

describe('createI18n', () => {
  it.each([
    ['en', 'Bitext Workbench'],
    ['zh', '双语工作台'],
  ] as const)('speaks %s from the start', (language, appName) => {
    const instance = createI18n(language);
    expect(instance.t('appName')).toBe(appName);
  });
});
