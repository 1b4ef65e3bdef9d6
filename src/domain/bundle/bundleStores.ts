/**
 * How the rows of a store belong to a project: by their own `projectId`, through a parent row
 * already in the bundle (`field` holds the parent's key), or as rows a bundled row refers to
 * (`field` of rows of `fromStore` holds their key, e.g. the glossaries a project uses).
 */
export type BundleOwnership =
  | { readonly kind: 'project' }
  | { readonly kind: 'parent'; readonly parentStore: string; readonly field: string }
  | { readonly kind: 'referenced'; readonly fromStore: string; readonly field: string };

export interface BundleStore {
  readonly store: string;
  /** The field (or fields, for a compound key) that is the row's key in its store. */
  readonly key: string | readonly string[];
  /** The field holding the id the row is known by, fresh on import when it clashes. */
  readonly idField?: string;
  readonly ownership: BundleOwnership;
}

/**
 * Everything a project bundle carries besides the project row, in the order rows are read and
 * written (parents before the rows that hang on them). A store added later that belongs to a
 * project gets a line here (as annotations, comments and quality scores did), and
 * bundles carry it from then on; bundles written before simply lack it.
 */
export const BUNDLE_STORES = [
  { store: 'documents', key: 'id', idField: 'id', ownership: { kind: 'project' } },
  { store: 'segments', key: 'id', idField: 'id', ownership: { kind: 'project' } },
  { store: 'revisions', key: 'id', idField: 'id', ownership: { kind: 'project' } },
  { store: 'projectGlossaries', key: 'id', idField: 'id', ownership: { kind: 'project' } },
  {
    store: 'glossaries',
    key: 'id',
    idField: 'id',
    ownership: { kind: 'referenced', fromStore: 'projectGlossaries', field: 'glossaryId' },
  },
  {
    store: 'glossaryEntries',
    key: 'id',
    idField: 'id',
    ownership: { kind: 'parent', parentStore: 'glossaries', field: 'glossaryId' },
  },
  { store: 'termDecisions', key: 'id', idField: 'id', ownership: { kind: 'project' } },
  { store: 'memoryUnits', key: 'id', idField: 'id', ownership: { kind: 'project' } },
  { store: 'alignments', key: 'id', idField: 'id', ownership: { kind: 'project' } },
  {
    store: 'alignmentSnapshots',
    key: 'alignmentId',
    ownership: { kind: 'parent', parentStore: 'alignments', field: 'alignmentId' },
  },
  {
    store: 'alignmentChanges',
    key: ['alignmentId', 'sequence'],
    ownership: { kind: 'parent', parentStore: 'alignments', field: 'alignmentId' },
  },
  { store: 'annotations', key: 'id', idField: 'id', ownership: { kind: 'project' } },
  { store: 'segmentComments', key: 'id', idField: 'id', ownership: { kind: 'project' } },
  { store: 'qualityScores', key: 'id', idField: 'id', ownership: { kind: 'project' } },
] as const satisfies readonly BundleStore[];

export type BundleStoreName = (typeof BUNDLE_STORES)[number]['store'];
