import type { PartOfSpeech, TermStatus } from '../glossary/glossaryEntry';

/** The TBX-Basic administrativeStatus of each rendering status (forbidden: superseded, never to be used). */
export const TBX_STATUS: Readonly<Record<TermStatus, string>> = {
  preferred: 'preferredTerm-admn-sts',
  admitted: 'admittedTerm-admn-sts',
  deprecated: 'deprecatedTerm-admn-sts',
  forbidden: 'supersededTerm-admn-sts',
};

/** TBX-Basic's picklist value for each of our parts of speech; a phrase is `other` with termType `phrase`. */
export const TBX_PART_OF_SPEECH: Readonly<Record<PartOfSpeech, string>> = {
  noun: 'noun',
  properNoun: 'properNoun',
  verb: 'verb',
  adjective: 'adjective',
  adverb: 'adverb',
  phrase: 'other',
  other: 'other',
};

/** The element names of the two TBX versions (v3 DCA style, v2 martif). */
export const TBX_ELEMENTS = {
  3: {
    root: 'tbx',
    header: 'tbxHeader',
    concept: 'conceptEntry',
    language: 'langSec',
    term: 'termSec',
  },
  2: {
    root: 'martif',
    header: 'martifHeader',
    concept: 'termEntry',
    language: 'langSet',
    term: 'tig',
  },
} as const;
