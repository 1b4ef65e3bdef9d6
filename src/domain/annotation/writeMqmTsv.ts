import type { AnnotatedDocument } from './annotatedDocument';
import { locateAnnotations, type LocatedAnnotation } from './locateAnnotations';

export const MQM_TSV_COLUMNS = [
  'system',
  'doc',
  'docSegId',
  'globalSegId',
  'rater',
  'source',
  'target',
  'category',
  'severity',
  'metadata',
] as const;

export interface MqmTsvOptions {
  /** The `system` column: who or what made the translation. */
  readonly system: string;
  /** Added to each segment's 1-based number in the document for `globalSegId`. */
  readonly globalOffset?: number;
}

const SEVERITY_NAMES = { minor: 'Minor', major: 'Major', critical: 'Critical' } as const;

/**
 * A document's annotations as the TSV that Google's MQM Viewer reads: a header, then a row an
 * annotation with `<v>…</v>` around its span in the source or the target (a detached one marks
 * nothing), its MQM category and severity (Neutral for labels), and JSON metadata; each rater's
 * segments without an annotation get a No-error row. Tabs and line breaks in texts become spaces.
 */
export function writeMqmTsv(document: AnnotatedDocument, options: MqmTsvOptions): string {
  const categories = new Map(
    document.typology.categories.map((category) => [category.id, category]),
  );
  const located = locateAnnotations(document.segments, document.annotations);
  const raters = [...new Set(located.map(({ annotation }) => annotation.author))].sort();
  const bySegmentAndRater = new Map<string, LocatedAnnotation[]>();
  for (const entry of located) {
    const key = `${entry.segment.id}\u0000${entry.annotation.author}`;
    bySegmentAndRater.set(key, [...(bySegmentAndRater.get(key) ?? []), entry]);
  }
  const rows: string[][] = [[...MQM_TSV_COLUMNS]];
  const segments = [...document.segments].sort((a, b) => a.order - b.order);
  for (const segment of segments) {
    const number = segment.order + 1;
    const common = [
      clean(options.system),
      clean(document.documentName),
      String(number),
      String(number + (options.globalOffset ?? 0)),
    ];
    for (const rater of raters) {
      const entries = bySegmentAndRater.get(`${segment.id}\u0000${rater}`) ?? [];
      if (entries.length === 0) {
        rows.push([
          ...common,
          clean(rater),
          clean(segment.source),
          clean(segment.targetText),
          'No-error',
          'No-error',
          '{}',
        ]);
        continue;
      }
      for (const { annotation, range } of entries) {
        const category = categories.get(annotation.category);
        const isError = category?.kind !== 'neutral' && annotation.severity !== undefined;
        const marked = (text: string, side: 'source' | 'target') =>
          range === undefined || annotation.side !== side
            ? clean(text)
            : `${clean(text.slice(0, range.start))}<v>${clean(text.slice(range.start, range.end))}</v>${clean(text.slice(range.end))}`;
        const metadata = {
          timestamp: annotation.updatedAt,
          ...(annotation.comment === '' ? {} : { note: annotation.comment }),
          annotation_id: annotation.id,
          side: annotation.side,
          ...(range === undefined ? { detached_text: annotation.quote } : {}),
        };
        rows.push([
          ...common,
          clean(rater),
          marked(segment.source, 'source'),
          marked(segment.targetText, 'target'),
          clean(category?.mqmName ?? annotation.category),
          isError && annotation.severity !== undefined
            ? SEVERITY_NAMES[annotation.severity]
            : 'Neutral',
          JSON.stringify(metadata).replace(/[\t\r\n\u2028\u2029]/g, ' '),
        ]);
      }
    }
  }
  return rows.map((row) => `${row.join('\t')}\n`).join('');
}

function clean(text: string): string {
  return text.replace(/[\t\r\n\u2028\u2029]/g, ' ');
}
