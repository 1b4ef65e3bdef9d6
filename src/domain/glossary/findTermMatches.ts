import { createTermAutomaton } from './createTermAutomaton';
import type { TermAutomaton, TermMatch, TermPattern } from './createTermAutomaton';

export type { TermMatch, TermPattern } from './createTermAutomaton';

const automata = new WeakMap<readonly TermPattern<unknown>[], TermAutomaton<unknown>>();

/**
 * Finds glossary terms in a text with no word spaces (Chinese): longest term first, never
 * overlapping, folded for traditional/simplified characters, width and case. Returns matches in
 * text order. The automaton for a list of terms is built once and kept while the list lives.
 */
export function findTermMatches<Id>(
  text: string,
  terms: readonly TermPattern<Id>[],
): TermMatch<Id>[] {
  let automaton = automata.get(terms) as TermAutomaton<Id> | undefined;
  if (automaton === undefined) {
    automaton = createTermAutomaton(terms);
    automata.set(terms, automaton as TermAutomaton<unknown>);
  }
  return automaton.find(text);
}
