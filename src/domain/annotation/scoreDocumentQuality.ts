import type { Segment } from '../model';
import { countChineseCharacters } from '../progress/countChineseCharacters';
import type { Annotation, AnnotationSeverity } from './annotation';
import type { AnnotationTypology } from './annotationTypology';
import { countEnglishWords } from './countEnglishWords';
import type { MqmPenalties } from './mqmPenalties';

export interface DocumentQuality {
  /** Errors counted, by severity. */
  readonly errors: Readonly<Record<AnnotationSeverity, number>>;
  /** Sum of the errors' penalty points. */
  readonly penalty: number;
  readonly sourceCharacters: number;
  readonly targetWords: number;
  /** Penalty points per 1,000 Chinese source characters (ISO 5060 allows characters); undefined without any. */
  readonly perThousandSourceCharacters: number | undefined;
  /** Penalty points per 1,000 English target words; undefined without any. */
  readonly perThousandTargetWords: number | undefined;
}

/**
 * The MQM-style quality of a document: the penalty points of its error annotations (minor,
 * major, critical weighted by `penalties`; neutral labels and detached annotations do not
 * count), normalised per 1,000 source characters and per 1,000 target words.
 */
export function scoreDocumentQuality(
  segments: readonly Pick<Segment, 'source' | 'targetText'>[],
  annotations: readonly Pick<Annotation, 'category' | 'severity' | 'detachedAt'>[],
  typology: AnnotationTypology,
  penalties: MqmPenalties,
): DocumentQuality {
  const neutral = new Set(
    typology.categories.filter((category) => category.kind === 'neutral').map(({ id }) => id),
  );
  const errors = { minor: 0, major: 0, critical: 0 };
  for (const annotation of annotations) {
    if (annotation.severity === undefined || annotation.detachedAt !== undefined) continue;
    if (neutral.has(annotation.category)) continue;
    errors[annotation.severity] += 1;
  }
  const penalty =
    errors.minor * penalties.minor +
    errors.major * penalties.major +
    errors.critical * penalties.critical;
  let sourceCharacters = 0;
  let targetWords = 0;
  for (const segment of segments) {
    sourceCharacters += countChineseCharacters(segment.source);
    targetWords += countEnglishWords(segment.targetText);
  }
  const perThousand = (count: number) => (count === 0 ? undefined : (penalty * 1000) / count);
  return {
    errors,
    penalty,
    sourceCharacters,
    targetWords,
    perThousandSourceCharacters: perThousand(sourceCharacters),
    perThousandTargetWords: perThousand(targetWords),
  };
}
