import type { Annotation } from '../annotation/annotation';
import { exchangeDocumentFromSegments } from '../exchange/exchangeDocumentFromSegments';
import type { ExchangeDocument } from '../exchange/exchangeUnit';
import type { BitextDocument, Segment } from '../model';
import { projectLanguageTags } from '../language/projectLanguageTags';
import type { ProjectBundle } from './projectBundle';

/**
 * The parallel text of a bundled project: every document's segments in order (or the documents
 * named by `documentNames` only), in the project's language tags unless others are asked for,
 * with their annotations.
 */
export function exchangeDocumentFromBundle(
  bundle: ProjectBundle,
  languages: { readonly sourceLang?: string; readonly targetLang?: string } = {},
  documentNames?: ReadonlySet<string>,
): ExchangeDocument {
  const tags = projectLanguageTags(bundle.project);
  // readProjectBundle checked the fields these rows are read by.
  const documents = (bundle.stores.documents ?? []) as unknown as BitextDocument[];
  return exchangeDocumentFromSegments({
    sourceLang: languages.sourceLang ?? tags.source,
    targetLang: languages.targetLang ?? tags.target,
    documents:
      documentNames === undefined
        ? documents
        : documents.filter((document) => documentNames.has(document.name)),
    segments: (bundle.stores.segments ?? []) as unknown as Segment[],
    annotations: (bundle.stores.annotations ?? []).filter(
      isAnnotationRow,
    ) as unknown as Annotation[],
  });
}

function isAnnotationRow(row: unknown): boolean {
  if (typeof row !== 'object' || row === null) return false;
  const fields = row as Record<string, unknown>;
  return (
    ['id', 'segmentId', 'quote', 'anchoredText', 'category', 'comment', 'author'].every(
      (name) => typeof fields[name] === 'string',
    ) &&
    (fields['side'] === 'source' || fields['side'] === 'target') &&
    Number.isInteger(fields['start']) &&
    Number.isInteger(fields['end']) &&
    typeof fields['createdAt'] === 'number'
  );
}
