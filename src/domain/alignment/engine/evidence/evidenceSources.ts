import { dictionaryEvidence } from './dictionaryEvidence';
import type { EvidenceSource } from './evidenceSource';
import { glossaryEvidence } from './glossaryEvidence';
import { headingEvidence } from './headingEvidence';
import { latinEvidence } from './latinEvidence';
import { nameEvidence } from './nameEvidence';
import { numberEvidence } from './numberEvidence';
import { punctuationEvidence } from './punctuationEvidence';

/**
 * Every evidence source, in the order their keys and tokens are read (ties in rarity keep it). The
 * learned translations are not among them: they come after, from what these leave unexplained.
 */
export const EVIDENCE_SOURCES: readonly EvidenceSource[] = [
  dictionaryEvidence,
  numberEvidence,
  latinEvidence,
  punctuationEvidence,
  nameEvidence,
  headingEvidence,
  glossaryEvidence,
];
