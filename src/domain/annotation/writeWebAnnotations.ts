import type { AnnotatedDocument } from './annotatedDocument';
import { locateAnnotations } from './locateAnnotations';
import { segmentSideIri } from './segmentSideIri';

const CONTEXT_LENGTH = 32;

/**
 * A document's annotations as a W3C Web Annotation collection (JSON-LD): each annotation targets
 * its segment side by a TextPositionSelector (UTF-16 offsets into the side's text, as the
 * workbench stores them) and a TextQuoteSelector (the span with 32 characters of context either
 * way); a detached one keeps only the quote. The category, severity and comment are bodies.
 */
export function writeWebAnnotations(document: AnnotatedDocument): string {
  const byId = new Map(document.typology.categories.map((category) => [category.id, category]));
  const segmentsById = new Map(document.segments.map((segment) => [segment.id, segment]));
  const items = locateAnnotations(document.segments, document.annotations).map(
    ({ annotation, segment, range }) => {
      const text = annotation.side === 'source' ? segment.source : segment.targetText;
      const category = byId.get(annotation.category);
      const isError = category?.kind !== 'neutral' && annotation.severity !== undefined;
      const quote =
        range === undefined
          ? { type: 'TextQuoteSelector', exact: annotation.quote }
          : {
              type: 'TextQuoteSelector',
              exact: text.slice(range.start, range.end),
              prefix: text.slice(Math.max(0, range.start - CONTEXT_LENGTH), range.start),
              suffix: text.slice(range.end, range.end + CONTEXT_LENGTH),
            };
      const full = segmentsById.get(annotation.segmentId) ?? {
        ...segment,
        projectId: annotation.projectId,
        documentId: annotation.documentId,
      };
      return {
        id: `urn:uuid:${annotation.id}`,
        type: 'Annotation',
        motivation: isError
          ? 'assessing'
          : annotation.category === 'comment'
            ? 'commenting'
            : 'tagging',
        created: new Date(annotation.createdAt).toISOString(),
        modified: new Date(annotation.updatedAt).toISOString(),
        ...(annotation.author === ''
          ? {}
          : { creator: { type: 'Person', name: annotation.author } }),
        body: [
          {
            type: 'TextualBody',
            purpose: 'classifying',
            value: category?.mqmName ?? annotation.category,
            id: `urn:bitext-workbench:category:${annotation.category}`,
          },
          ...(isError
            ? [{ type: 'TextualBody', purpose: 'assessing', value: annotation.severity }]
            : []),
          ...(annotation.comment === ''
            ? []
            : [{ type: 'TextualBody', purpose: 'commenting', value: annotation.comment }]),
          ...(annotation.linkedId === undefined
            ? []
            : [
                {
                  type: 'SpecificResource',
                  purpose: 'linking',
                  source: `urn:uuid:${annotation.linkedId}`,
                },
              ]),
        ],
        target: {
          source: segmentSideIri(full, annotation.side),
          selector:
            range === undefined
              ? [quote]
              : [{ type: 'TextPositionSelector', start: range.start, end: range.end }, quote],
        },
      };
    },
  );
  return `${JSON.stringify(
    {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'AnnotationCollection',
      label: `${document.projectName} — ${document.documentName}`,
      total: items.length,
      first: { type: 'AnnotationPage', startIndex: 0, items },
    },
    null,
    2,
  )}\n`;
}
