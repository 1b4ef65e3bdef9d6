import { createTermAutomaton } from './createTermAutomaton';
import type { GlossaryConcept, TermRendering } from './glossaryEntry';
import { tokenizeEnglishTerms } from './tokenizeEnglishTerms';

export interface SourceTermMatch<Entry> {
  readonly entry: Entry;
  readonly start: number;
  readonly end: number;
}

export interface TargetRenderingMatch<Entry> {
  readonly entry: Entry;
  readonly rendering: TermRendering;
  readonly start: number;
  readonly end: number;
}

export interface TermbaseMatcher<Entry> {
  /** The entries whose term or a variant is in a Chinese text: longest first, no overlaps. */
  readonly findTerms: (source: string) => SourceTermMatch<Entry>[];
  /**
   * The renderings of the given entries in an English text, any status, case and inflection
   * (plural, possessive) ignored; where two overlap the one with more words wins (the same words may be the rendering of several entries).
   */
  readonly findRenderings: (
    target: string,
    entries: readonly Entry[],
  ) => TargetRenderingMatch<Entry>[];
}

/** One matcher for a whole termbase: one automaton over every term and variant. */
export function createTermbaseMatcher<Entry extends GlossaryConcept>(
  entries: readonly Entry[],
): TermbaseMatcher<Entry> {
  const automaton = createTermAutomaton(
    entries.flatMap((entry, index) => [
      { id: index, source: entry.term },
      ...entry.variants.map((variant) => ({ id: index, source: variant.text })),
    ]),
  );
  const renderingForms = new Map<TermRendering, string[]>();
  const formsOf = (rendering: TermRendering): string[] => {
    let forms = renderingForms.get(rendering);
    if (forms === undefined) {
      forms = tokenizeEnglishTerms(rendering.text).map((token) => token.form);
      renderingForms.set(rendering, forms);
    }
    return forms;
  };

  function findTerms(source: string): SourceTermMatch<Entry>[] {
    return automaton.find(source).flatMap((match) => {
      const entry = entries[match.id];
      return entry === undefined ? [] : [{ entry, start: match.start, end: match.end }];
    });
  }

  function findRenderings(target: string, wanted: readonly Entry[]): TargetRenderingMatch<Entry>[] {
    if (wanted.length === 0 || target.trim() === '') return [];
    const tokens = tokenizeEnglishTerms(target);
    const found: (TargetRenderingMatch<Entry> & { words: number; first: number })[] = [];
    for (const entry of new Set(wanted)) {
      for (const rendering of entry.renderings) {
        const forms = formsOf(rendering);
        if (forms.length === 0) continue;
        for (let first = 0; first + forms.length <= tokens.length; first += 1) {
          if (!forms.every((form, offset) => tokens[first + offset]?.form === form)) continue;
          const start = tokens[first]?.start ?? 0;
          const end = tokens[first + forms.length - 1]?.end ?? start;
          found.push({ entry, rendering, start, end, words: forms.length, first });
        }
      }
    }
    const taken = new Uint8Array(tokens.length);
    const spans = new Set<string>();
    const chosen = found
      .sort((left, right) => right.words - left.words || left.first - right.first)
      .filter((match) => {
        const span = `${match.first}+${match.words}`;
        if (spans.has(span)) return true;
        if (taken.subarray(match.first, match.first + match.words).some((used) => used === 1))
          return false;
        taken.fill(1, match.first, match.first + match.words);
        spans.add(span);
        return true;
      });
    return chosen
      .sort((left, right) => left.start - right.start)
      .map(({ entry, rendering, start, end }) => ({ entry, rendering, start, end }));
  }

  return { findTerms, findRenderings };
}
