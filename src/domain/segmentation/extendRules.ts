import type { LanguageCode } from '../model';
import type {
  LanguageSegmentationRules,
  SegmentationRule,
  SegmentationRules,
} from './segmentationRules';

export type SegmentationRuleExtension = {
  readonly [Lang in LanguageCode]?: {
    readonly lists?: Readonly<Record<string, readonly string[]>>;
    readonly rules?: readonly SegmentationRule[];
  };
};

/**
 * Returns new rules where the extension's rules come BEFORE the base rules of their language
 * (so they win, the first matching rule deciding) and its list entries are added to the lists
 * of the same name (new names create new lists). Neither argument is modified.
 *
 * @example extendRules(DEFAULT_SEGMENTATION_RULES, { en: { lists: { nonFinalAbbreviations: ['Approx.'] } } })
 */
export function extendRules(
  base: SegmentationRules,
  extension: SegmentationRuleExtension,
): SegmentationRules {
  const extendLanguage = (lang: LanguageCode): LanguageSegmentationRules => {
    const extra = extension[lang];
    const original = base[lang];
    if (extra === undefined) return original;
    const lists: Record<string, readonly string[]> = { ...original.lists };
    for (const [name, entries] of Object.entries(extra.lists ?? {})) {
      lists[name] = [...(lists[name] ?? []), ...entries];
    }
    return { lists, rules: [...(extra.rules ?? []), ...original.rules] };
  };
  return { zh: extendLanguage('zh'), en: extendLanguage('en') };
}
