import { describe, expect, it } from 'vitest';
import { EVIDENCE_SOURCES } from '../domain/alignment/engine/evidence/evidenceSources';
import { parseCedict } from '../domain/dictionary/parseCedict';
import { EVIDENCE_NAMES, type EvidenceName } from './evidenceNames';
import { evidenceWithout } from './evidenceWithout';

const dictionary = parseCedict('朋友 朋友 [peng2 you5] /friend/\n');
const glossary = [{ source: '朋友', target: 'friend', partOfSpeech: '', note: '' }];

describe('evidenceWithout', () => {
  it.each(EVIDENCE_SOURCES.map((source) => [source.name, source] as const))(
    'switches the %s evidence source off by its name, and only it',
    (name, source) => {
      expect(EVIDENCE_NAMES).toContain(name);
      expect(source.isOn(evidenceWithout(new Set(), dictionary, glossary))).toBe(true);
      expect(
        source.isOn(evidenceWithout(new Set([name as EvidenceName]), dictionary, glossary)),
      ).toBe(false);
      for (const other of EVIDENCE_SOURCES.filter((each) => each !== source))
        expect(
          other.isOn(evidenceWithout(new Set([name as EvidenceName]), dictionary, glossary)),
        ).toBe(true);
    },
  );
});
