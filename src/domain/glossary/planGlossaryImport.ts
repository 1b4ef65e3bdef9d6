import { foldChineseText } from './foldChineseText';
import type { GlossaryConcept, TermRendering, TermVariant } from './glossaryEntry';

export type GlossaryImportMode = 'merge' | 'replace';

/** An entry of the glossary that the file also has, and what each way of importing makes of it. */
export interface GlossaryImportMatch<Entry extends GlossaryConcept> {
  readonly entry: Entry;
  readonly imported: GlossaryConcept;
  /** The entry with what the file adds; where both give a value, the file's. */
  readonly merged: GlossaryConcept;
  /** The entry with what the file adds; where both give a value, the glossary's. */
  readonly mergedKeepingMine: GlossaryConcept;
  readonly isChangedByMerge: boolean;
  readonly isChangedByReplace: boolean;
  /** Both give a different value: a rendering's status, part of speech, domain, definition, note. */
  readonly isConflict: boolean;
}

export interface GlossaryImportPlan<Entry extends GlossaryConcept> {
  /** Concepts of the file whose term the glossary does not have. */
  readonly added: readonly GlossaryConcept[];
  readonly matched: readonly GlossaryImportMatch<Entry>[];
  /** Entries the file does not have: a merge keeps them, a replace removes them. */
  readonly absent: readonly Entry[];
}

/**
 * What importing concepts into a glossary would do, without doing it: the file's concepts are
 * matched to entries by their folded term (concepts of the file with one term count as one), and
 * each match is merged both ways, so that the user can see the counts and choose before anything
 * is written.
 */
export function planGlossaryImport<Entry extends GlossaryConcept>(
  existing: readonly Entry[],
  imported: readonly GlossaryConcept[],
): GlossaryImportPlan<Entry> {
  const byTerm = new Map<string, Entry>();
  for (const entry of existing) {
    const key = foldChineseText(entry.term);
    if (!byTerm.has(key)) byTerm.set(key, entry);
  }
  const fileConcepts = new Map<string, GlossaryConcept>();
  for (const concept of imported) {
    const key = foldChineseText(concept.term);
    const known = fileConcepts.get(key);
    fileConcepts.set(key, known === undefined ? concept : mergeConcepts(known, concept, 'mine'));
  }
  const added: GlossaryConcept[] = [];
  const matched: GlossaryImportMatch<Entry>[] = [];
  const seen = new Set<Entry>();
  for (const [key, concept] of fileConcepts) {
    const entry = byTerm.get(key);
    if (entry === undefined) {
      added.push(concept);
      continue;
    }
    seen.add(entry);
    const merged = mergeConcepts(entry, concept, 'theirs');
    matched.push({
      entry,
      imported: concept,
      merged,
      mergedKeepingMine: mergeConcepts(entry, concept, 'mine'),
      isChangedByMerge: !isSameConcept(entry, merged),
      isChangedByReplace: !isSameConcept(entry, concept),
      isConflict: hasConflict(entry, concept),
    });
  }
  return { added, matched, absent: existing.filter((entry) => !seen.has(entry)) };
}

function mergeConcepts(
  mine: GlossaryConcept,
  theirs: GlossaryConcept,
  winner: 'mine' | 'theirs',
): GlossaryConcept {
  const pick = <Value>(own: Value, other: Value, isEmpty: (value: Value) => boolean): Value =>
    isEmpty(own) ? other : isEmpty(other) ? own : winner === 'mine' ? own : other;
  const isBlank = (value: string) => value === '';
  const renderings: TermRendering[] = mine.renderings.map((rendering) => {
    const other = theirs.renderings.find((candidate) => candidate.text === rendering.text);
    if (other === undefined) return rendering;
    return {
      text: rendering.text,
      status: winner === 'mine' ? rendering.status : other.status,
      note: pick(rendering.note, other.note, isBlank),
    };
  });
  for (const rendering of theirs.renderings)
    if (!renderings.some((known) => known.text === rendering.text)) renderings.push(rendering);
  const preferredOf = (concept: GlossaryConcept) =>
    concept.renderings.find((rendering) => rendering.status === 'preferred')?.text;
  const preferred =
    winner === 'mine'
      ? (preferredOf(mine) ?? preferredOf(theirs))
      : (preferredOf(theirs) ?? preferredOf(mine));
  // One preferred rendering: the other side's becomes admitted.
  const ranked = renderings.map((rendering) =>
    rendering.status === 'preferred' && rendering.text !== preferred
      ? { ...rendering, status: 'admitted' as const }
      : rendering,
  );
  const variants: TermVariant[] = [...mine.variants];
  for (const variant of theirs.variants)
    if (!variants.some((known) => known.text === variant.text)) variants.push(variant);
  return {
    term: mine.term,
    variants,
    renderings: ranked,
    partOfSpeech: pick(mine.partOfSpeech, theirs.partOfSpeech, (value) => value === undefined),
    definition: pick(mine.definition, theirs.definition, isBlank),
    note: pick(mine.note, theirs.note, isBlank),
    domain: pick(mine.domain, theirs.domain, isBlank),
    source: pick(mine.source, theirs.source, isBlank),
    createdAt: mine.createdAt ?? theirs.createdAt,
    changedAt: mine.changedAt,
  };
}

function hasConflict(mine: GlossaryConcept, theirs: GlossaryConcept): boolean {
  const differs = (own: string | undefined, other: string | undefined) =>
    own !== undefined && other !== undefined && own !== '' && other !== '' && own !== other;
  const preferred = (concept: GlossaryConcept) =>
    concept.renderings.find((rendering) => rendering.status === 'preferred')?.text;
  return (
    mine.renderings.some((rendering) =>
      theirs.renderings.some(
        (other) => other.text === rendering.text && other.status !== rendering.status,
      ),
    ) ||
    differs(preferred(mine), preferred(theirs)) ||
    differs(mine.partOfSpeech, theirs.partOfSpeech) ||
    differs(mine.definition, theirs.definition) ||
    differs(mine.domain, theirs.domain) ||
    differs(mine.note, theirs.note)
  );
}

function isSameConcept(left: GlossaryConcept, right: GlossaryConcept): boolean {
  const renderings = (concept: GlossaryConcept) =>
    concept.renderings.map((rendering) => [rendering.text, rendering.status, rendering.note]);
  return (
    JSON.stringify([
      left.term,
      left.variants.map((variant) => variant.text),
      renderings(left),
      left.partOfSpeech ?? '',
      left.definition,
      left.note,
      left.domain,
    ]) ===
    JSON.stringify([
      right.term,
      right.variants.map((variant) => variant.text),
      renderings(right),
      right.partOfSpeech ?? '',
      right.definition,
      right.note,
      right.domain,
    ])
  );
}
