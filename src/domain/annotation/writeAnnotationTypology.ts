import type { AnnotationTypology } from './annotationTypology';

/** A typology as the JSON file parseAnnotationTypology reads. */
export function writeAnnotationTypology(typology: AnnotationTypology): string {
  return `${JSON.stringify(typology, null, 2)}\n`;
}
