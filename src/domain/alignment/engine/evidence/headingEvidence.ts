import { findChapterNumber } from '../findChapterNumber';
import type { EvidenceSource } from './evidenceSource';

/** Chapter headings by number (第十二回 ↔ CHAPTER XII, Chapter Twelve): rare, so strong anchors. */
export const headingEvidence: EvidenceSource = {
  name: 'headings',
  isOn: (evidence) => evidence.useHeadings !== false,
  read: ({ source, target }) => ({
    targetTokens: (index) => {
      const chapter = findChapterNumber(target[index] ?? '', 'en');
      return chapter === undefined ? [] : [`h:${chapter}`];
    },
    sourceKeys: (index) => {
      const chapter = findChapterNumber(source[index] ?? '', 'zh');
      return chapter === undefined
        ? []
        : [{ key: `h:${chapter}`, translations: () => [`h:${chapter}`] }];
    },
  }),
};
