// Times the annotation layer's document-wide work on a 50,000-segment document with 5,000
// annotations (half written against an older text, so re-anchored by diff): placing them, the MQM
// score, and both exports. Run: npx tsx test/bench/measureAnnotations.ts (prints milliseconds).
import type { Annotation } from '../../src/domain/annotation/annotation';
import { anchorAnnotation } from '../../src/domain/annotation/anchorAnnotation';
import { locateAnnotations } from '../../src/domain/annotation/locateAnnotations';
import { defaultMqmPenalties } from '../../src/domain/annotation/mqmPenalties';
import { mqmTypology } from '../../src/domain/annotation/mqmTypology';
import { scoreDocumentQuality } from '../../src/domain/annotation/scoreDocumentQuality';
import { writeMqmTsv } from '../../src/domain/annotation/writeMqmTsv';
import { writeWebAnnotations } from '../../src/domain/annotation/writeWebAnnotations';
import type { AnnotationId, DocumentId, ProjectId, SegmentId } from '../../src/domain/ids';

const projectId = 'p' as ProjectId;
const documentId = 'd' as DocumentId;
const segments = Array.from({ length: 50_000 }, (_, index) => ({
  id: `s${index}` as SegmentId,
  order: index,
  projectId,
  documentId,
  source: `第${index}句：山西加快推进转型发展，今年完成投资三亿元。`,
  targetText: `Sentence ${index}: Shanxi speeds up its transformation and invested 300 million yuan this year.`,
}));
const annotations: Annotation[] = segments
  .filter((_, index) => index % 10 === 0)
  .map((segment, index) => {
    const start = segment.targetText.indexOf('transformation');
    return {
      id: `a${index}` as AnnotationId,
      projectId,
      documentId,
      segmentId: segment.id,
      side: 'target',
      start,
      end: start + 'transformation'.length,
      quote: 'transformation',
      anchoredText: index % 2 === 0 ? segment.targetText : `Now ${segment.targetText}`,
      category: 'mistranslation',
      severity: 'minor',
      comment: '',
      author: 'Lin',
      createdAt: index,
      updatedAt: index,
    };
  });

function time(label: string, run: () => unknown): void {
  const started = performance.now();
  run();
  process.stdout.write(`${label}: ${(performance.now() - started).toFixed(1)} ms\n`);
}

const document = {
  projectName: 'P',
  documentName: 'D',
  segments,
  annotations,
  typology: mqmTypology,
};
time('locate 5,000 annotations in 50,000 segments (half re-anchored by diff)', () =>
  locateAnnotations(segments, annotations),
);
time('MQM score of the 50,000-segment document', () =>
  scoreDocumentQuality(segments, annotations, mqmTypology, defaultMqmPenalties),
);
time('Web Annotation JSON of 5,000 annotations', () => writeWebAnnotations(document));
time('MQM TSV of 50,000 segments, 5,000 annotations', () =>
  writeMqmTsv(document, { system: 'human' }),
);
const reanchored = annotations[1];
const text = segments[10]?.targetText ?? '';
time('re-anchor one annotation by diff, 1,000 times', () => {
  for (let round = 0; round < 1000; round += 1)
    if (reanchored !== undefined) anchorAnnotation(reanchored, text);
});
