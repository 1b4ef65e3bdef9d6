import type { Annotation } from './annotation';

/** The IRI of one side of a segment, the target of its annotations in Web Annotation JSON. */
export function segmentSideIri(
  segment: { readonly projectId: string; readonly documentId: string; readonly id: string },
  side: Annotation['side'],
): string {
  return `urn:bitext-workbench:${segment.projectId}:${segment.documentId}:${segment.id}:${side}`;
}
