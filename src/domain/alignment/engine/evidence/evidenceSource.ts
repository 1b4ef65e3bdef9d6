import type { AlignmentEvidence } from '../alignmentTypes';

/**
 * One kind of evidence the aligner weighs: what in a Chinese sentence (its keys) an English sentence
 * confirms (its tokens). A new kind is one file exporting one of these, listed in EVIDENCE_SOURCES;
 * `extractSentenceFeatures` does the rest (ids, rarity, the 32-feature cap), and the model
 * calibrates each key on the two texts, so a source states what it finds, not how much it counts.
 */
export interface EvidenceSource {
  /** What `--without` (and the ablation table) call it. */
  readonly name: string;
  /** Whether the settings switch it on. */
  readonly isOn: (evidence: AlignmentEvidence) => boolean;
  /** Reads the two texts: once, before their sentences, for a source that needs the whole text. */
  readonly read: (texts: EvidenceTexts) => EvidenceReader;
}

export interface EvidenceTexts {
  /** The Chinese sentences, folded to simplified characters and half-width forms. */
  readonly source: readonly string[];
  readonly target: readonly string[];
  readonly evidence: AlignmentEvidence;
}

export interface EvidenceReader {
  /** The tokens of English sentence `index`; `stems` are its content-word stems, which are tokens already. */
  readonly targetTokens?: (index: number, stems: readonly string[]) => Iterable<string>;
  /** The keys of Chinese sentence `index`, called after every English sentence has been read. */
  readonly sourceKeys?: (index: number) => Iterable<EvidenceKey>;
}

/** A key and the English tokens any of which confirms it (asked once per distinct key). */
export interface EvidenceKey {
  readonly key: string;
  readonly translations: () => readonly string[];
}
