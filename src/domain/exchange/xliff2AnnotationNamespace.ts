/** Our attributes on an XLIFF 2.0 annotation's note: severity, author, date, linked marker. */
export const XLIFF2_ANNOTATION_NAMESPACE = 'urn:bitext-workbench:annotation:1';
