const THREE_LETTER: Readonly<Record<string, string>> = { chi: 'zh', zho: 'zh', eng: 'en' };

/**
 * A language tag in BCP 47 form whatever way a file wrote it: `zh_CN` and `ZH-cn` become `zh-CN`,
 * `zh-hans` becomes `zh-Hans`, the three-letter `chi`/`zho`/`eng` become `zh`/`en`.
 */
export function normalizeLanguageTag(tag: string): string {
  const [language = '', ...rest] = tag.trim().replace(/_/g, '-').split('-').filter(Boolean);
  const primary = language.toLowerCase();
  const subtags = rest.map((subtag, index) => {
    if (subtag.length === 4 && /^[a-z]+$/i.test(subtag) && index === 0)
      return subtag[0]?.toUpperCase() + subtag.slice(1).toLowerCase();
    if ((subtag.length === 2 && /^[a-z]+$/i.test(subtag)) || /^\d{3}$/.test(subtag))
      return subtag.toUpperCase();
    return subtag.toLowerCase();
  });
  return [THREE_LETTER[primary] ?? primary, ...subtags].join('-');
}
