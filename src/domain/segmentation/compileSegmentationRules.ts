import type { LanguageSegmentationRules, SegmentationRule } from './segmentationRules';

export class SegmentationRuleError extends Error {
  override readonly name = 'SegmentationRuleError';
}

export interface CompiledSegmentationRules {
  /** Finds every position where at least one break rule matches; null when no rule can break. */
  readonly candidates: RegExp | null;
  /** The first rule matching at the position decides; no matching rule means no break. */
  readonly isBreak: (text: string, position: number) => boolean;
}

const cache = new WeakMap<LanguageSegmentationRules, CompiledSegmentationRules>();

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

function expandLists(
  source: string,
  rules: LanguageSegmentationRules,
  rule: SegmentationRule,
): string {
  return source.replace(/\{\{(\w+)\}\}/g, (_placeholder, name: string) => {
    const entries = rules.lists[name];
    if (entries === undefined) {
      throw new SegmentationRuleError(
        `The rule “${rule.comment}” uses an unknown list {{${name}}}.`,
      );
    }
    const alternatives = [...entries]
      .sort((left, right) => right.length - left.length)
      .map(escapeRegExp);
    return alternatives.length === 0 ? '(?!)' : alternatives.join('|');
  });
}

function ruleSource(rules: LanguageSegmentationRules, rule: SegmentationRule): string {
  const before = expandLists(rule.before, rules, rule);
  const after = expandLists(rule.after, rules, rule);
  const source = (before === '' ? '' : `(?<=${before})`) + (after === '' ? '' : `(?=${after})`);
  try {
    new RegExp(source, 'u');
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new SegmentationRuleError(
      `The rule “${rule.comment}” is not a valid regular expression: ${reason}`,
    );
  }
  return source === '' ? '(?:)' : source;
}

/** Compiles (once per rules object) a language's rules into regular expressions. */
export function compileSegmentationRules(
  rules: LanguageSegmentationRules,
): CompiledSegmentationRules {
  const cached = cache.get(rules);
  if (cached !== undefined) return cached;
  const sources = rules.rules.map((rule) => ({ rule, source: ruleSource(rules, rule) }));
  const matchers = sources.map(({ rule, source }) => ({
    isBreak: rule.break,
    regex: new RegExp(source, 'uy'),
  }));
  const breakSources = sources.filter(({ rule }) => rule.break).map(({ source }) => source);
  const compiled: CompiledSegmentationRules = {
    candidates: breakSources.length === 0 ? null : new RegExp(breakSources.join('|'), 'gu'),
    isBreak: (text, position) => {
      for (const matcher of matchers) {
        matcher.regex.lastIndex = position;
        if (matcher.regex.test(text)) return matcher.isBreak;
      }
      return false;
    },
  };
  cache.set(rules, compiled);
  return compiled;
}
