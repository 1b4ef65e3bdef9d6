import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const localesDirectory = join(import.meta.dirname, '../../locales');

const PLURAL_SUFFIXES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;
type PluralForm = (typeof PLURAL_SUFFIXES)[number];

/** The plural forms i18next asks for in each language (Intl.PluralRules categories for cardinals). */
const REQUIRED_PLURAL_FORMS: Record<'en' | 'zh', readonly PluralForm[]> = {
  en: ['one', 'other'],
  zh: ['other'],
};

type LocaleTree = { readonly [key: string]: string | LocaleTree };

interface LocaleEntry {
  readonly baseKey: string;
  readonly pluralForm: PluralForm | null;
  readonly value: string;
}

function flatten(tree: LocaleTree, prefix = ''): LocaleEntry[] {
  return Object.entries(tree).flatMap(([key, value]) => {
    const path = prefix === '' ? key : `${prefix}.${key}`;
    if (typeof value !== 'string') return flatten(value, path);
    const suffix = PLURAL_SUFFIXES.find((form) => key.endsWith(`_${form}`));
    return suffix === undefined
      ? [{ baseKey: path, pluralForm: null, value }]
      : [{ baseKey: path.slice(0, -(suffix.length + 1)), pluralForm: suffix, value }];
  });
}

function placeholders(value: string): string {
  return [...value.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)]
    .map((match) => match[1])
    .sort()
    .join(',');
}

/** Every way the Chinese tree is out of step with the English one, as readable sentences. */
function compareLocales(english: LocaleTree, chinese: LocaleTree): string[] {
  const problems: string[] = [];
  const group = (entries: LocaleEntry[]) => {
    const byKey = new Map<string, LocaleEntry[]>();
    for (const entry of entries)
      byKey.set(entry.baseKey, [...(byKey.get(entry.baseKey) ?? []), entry]);
    return byKey;
  };
  const englishKeys = group(flatten(english));
  const chineseKeys = group(flatten(chinese));

  for (const [language, keys] of [
    ['en', englishKeys],
    ['zh', chineseKeys],
  ] as const) {
    for (const [baseKey, entries] of keys) {
      for (const entry of entries) {
        if (entry.value.trim() === '') problems.push(`${language}: ${baseKey} is empty`);
      }
      const forms = entries.map((entry) => entry.pluralForm);
      if (forms.includes(null) && forms.length > 1) {
        problems.push(`${language}: ${baseKey} is both plain and plural`);
      } else if (!forms.includes(null)) {
        const expected = [...REQUIRED_PLURAL_FORMS[language]].sort().join(',');
        const actual = [...forms].sort().join(',');
        if (actual !== expected)
          problems.push(
            `${language}: ${baseKey} has plural forms [${actual}], expected [${expected}]`,
          );
      }
    }
  }

  for (const baseKey of englishKeys.keys()) {
    if (!chineseKeys.has(baseKey)) problems.push(`zh: ${baseKey} is missing`);
  }
  for (const baseKey of chineseKeys.keys()) {
    if (!englishKeys.has(baseKey)) problems.push(`en: ${baseKey} is missing`);
  }

  for (const [baseKey, englishEntries] of englishKeys) {
    const chineseEntries = chineseKeys.get(baseKey);
    if (chineseEntries === undefined) continue;
    const reference = (entries: LocaleEntry[]) =>
      entries.find((entry) => entry.pluralForm === null || entry.pluralForm === 'other');
    const englishValue = reference(englishEntries)?.value;
    const chineseValue = reference(chineseEntries)?.value;
    if (englishValue === undefined || chineseValue === undefined) continue;
    const isPlural = (entries: LocaleEntry[]) => entries.some((entry) => entry.pluralForm !== null);
    if (isPlural(englishEntries) !== isPlural(chineseEntries)) {
      const describePlural = (entries: LocaleEntry[]) => (isPlural(entries) ? 'plural' : 'plain');
      problems.push(
        `${baseKey}: ${describePlural(englishEntries)} in en but ${describePlural(chineseEntries)} in zh`,
      );
    }
    if (placeholders(englishValue) !== placeholders(chineseValue)) {
      problems.push(
        `${baseKey}: placeholders {{${placeholders(englishValue)}}} in en but {{${placeholders(chineseValue)}}} in zh`,
      );
    }
  }
  return problems;
}

function readTree(language: string, file: string): LocaleTree {
  return JSON.parse(readFileSync(join(localesDirectory, language, file), 'utf8')) as LocaleTree;
}

describe('REQUIRED_PLURAL_FORMS', () => {
  it.each(['en', 'zh'] as const)('matches the plural categories %s has in Intl', (language) => {
    const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
    expect([...categories].sort()).toEqual([...REQUIRED_PLURAL_FORMS[language]].sort());
  });
});

describe('compareLocales', () => {
  const cases: { name: string; english: LocaleTree; chinese: LocaleTree; problems: string[] }[] = [
    {
      name: 'identical key sets',
      english: { a: 'A', b: { c: 'C {{x}}' } },
      chinese: { a: '甲', b: { c: '丙 {{x}}' } },
      problems: [],
    },
    {
      name: 'a key missing in Chinese',
      english: { a: 'A', b: { c: 'C' } },
      chinese: { a: '甲', b: {} },
      problems: ['zh: b.c is missing'],
    },
    {
      name: 'a key missing in English',
      english: { a: 'A' },
      chinese: { a: '甲', extra: '多' },
      problems: ['en: extra is missing'],
    },
    {
      name: 'an empty value',
      english: { a: 'A' },
      chinese: { a: ' ' },
      problems: ['zh: a is empty'],
    },
    {
      name: 'a placeholder renamed',
      english: { a: 'Hello {{name}}' },
      chinese: { a: '你好 {{nom}}' },
      problems: ['a: placeholders {{name}} in en but {{nom}} in zh'],
    },
    {
      name: 'English _one/_other against Chinese _other',
      english: { n_one: 'One item', n_other: '{{count}} items' },
      chinese: { n_other: '{{count}} 项' },
      problems: [],
    },
    {
      name: 'English plural missing its _one form',
      english: { n_other: '{{count}} items' },
      chinese: { n_other: '{{count}} 项' },
      problems: ['en: n has plural forms [other], expected [one,other]'],
    },
    {
      name: 'Chinese with an English-style _one form',
      english: { n_one: 'One item', n_other: '{{count}} items' },
      chinese: { n_one: '一项', n_other: '{{count}} 项' },
      problems: ['zh: n has plural forms [one,other], expected [other]'],
    },
    {
      name: 'plural in English, plain in Chinese',
      english: { n_one: 'One item', n_other: '{{count}} items' },
      chinese: { n: '{{count}} 项' },
      problems: ['n: plural in en but plain in zh'],
    },
  ];

  it.each(cases)('$name', ({ english, chinese, problems }) => {
    expect(compareLocales(english, chinese)).toEqual(problems);
  });
});

describe('locales', () => {
  const englishFiles = readdirSync(join(localesDirectory, 'en')).filter((file) =>
    file.endsWith('.json'),
  );

  it('has English namespace files to check', () => {
    expect(englishFiles).toContain('common.json');
  });

  it.each(englishFiles)('%s exists in zh and matches en key for key', (file) => {
    const chineseFiles = readdirSync(join(localesDirectory, 'zh'));
    expect(chineseFiles).toContain(file);
    expect(compareLocales(readTree('en', file), readTree('zh', file))).toEqual([]);
  });

  it('has no Chinese namespace file without an English one', () => {
    const chineseFiles = readdirSync(join(localesDirectory, 'zh')).filter((file) =>
      file.endsWith('.json'),
    );
    expect(chineseFiles.filter((file) => !englishFiles.includes(file))).toEqual([]);
  });

  it.each(englishFiles)(
    '%s calls a segment 句段 in Chinese wherever English says segment',
    (file) => {
      const chinese = new Map(
        flatten(readTree('zh', file)).map((entry) => [entry.baseKey, entry.value]),
      );
      const unlike = flatten(readTree('en', file))
        .filter((entry) => /\bsegments?\b/i.test(entry.value))
        .filter((entry) => !(chinese.get(entry.baseKey) ?? '').includes('句段'))
        .map((entry) => `${entry.baseKey}: ${chinese.get(entry.baseKey) ?? ''}`);
      expect(unlike).toEqual([]);
    },
  );
});
