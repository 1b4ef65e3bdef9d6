import { SEGMENT_STATUSES } from '../model';
import { parseRichText } from '../richText';
import { BUNDLE_STORES, type BundleStoreName } from './bundleStores';
import { BUNDLE_FORMAT, BUNDLE_VERSION, type BundleRow, type ProjectBundle } from './projectBundle';
import { ProjectBundleError } from './ProjectBundleError';

type FieldType = 'string' | 'number' | 'boolean';

/** Fields a row must have, by store; other fields pass as they are. */
const REQUIRED_FIELDS: Readonly<
  Partial<Record<BundleStoreName | 'project', Record<string, FieldType>>>
> = {
  project: { id: 'string', name: 'string', sourceLang: 'string', targetLang: 'string' },
  documents: { id: 'string', projectId: 'string', name: 'string', order: 'number' },
  segments: {
    id: 'string',
    documentId: 'string',
    order: 'number',
    paragraph: 'number',
    source: 'string',
    targetText: 'string',
    status: 'string',
    note: 'string',
  },
  revisions: { id: 'string', segmentId: 'string', targetText: 'string', savedAt: 'number' },
  glossaries: { id: 'string', name: 'string' },
  glossaryEntries: { id: 'string', glossaryId: 'string', term: 'string' },
  projectGlossaries: { id: 'string', glossaryId: 'string', order: 'number' },
  memoryUnits: { id: 'string', source: 'string', target: 'string' },
  alignments: { id: 'string', name: 'string', position: 'number' },
  alignmentChanges: { alignmentId: 'string', sequence: 'number' },
};

/** Fields that name a row of another store of the bundle (null allowed where marked). */
const REFERENCES: readonly {
  readonly store: BundleStoreName;
  readonly field: string;
  readonly target: BundleStoreName;
  readonly isOptional?: boolean;
}[] = [
  { store: 'segments', field: 'documentId', target: 'documents' },
  { store: 'revisions', field: 'segmentId', target: 'segments' },
  { store: 'memoryUnits', field: 'segmentId', target: 'segments', isOptional: true },
];

/** Upgrades of older bundle versions, each from its version to the next. */
const UPGRADES: Readonly<
  Record<number, (bundle: Record<string, unknown>) => Record<string, unknown>>
> = {};

/**
 * Reads a project bundle (see writeProjectBundle) of this version or an older one, upgraded to
 * this version. Throws a ProjectBundleError when the text is not JSON, not a bundle, of a newer
 * version, or holds a row that is malformed, belongs to another project or hangs on a missing one.
 */
export function readProjectBundle(text: string): ProjectBundle {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new ProjectBundleError('notJson');
  }
  if (!isRecord(value) || value.format !== BUNDLE_FORMAT) throw new ProjectBundleError('notBundle');
  let bundle: Record<string, unknown> = value;
  const version = bundle.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    throw new ProjectBundleError('badVersion', String(version));
  if (version > BUNDLE_VERSION) throw new ProjectBundleError('newerVersion', String(version));
  for (let from = version; from < BUNDLE_VERSION; from += 1) {
    const upgrade = UPGRADES[from];
    if (upgrade === undefined) throw new ProjectBundleError('badVersion', String(from));
    bundle = { ...upgrade(bundle), version: from + 1 };
  }
  return validateBundle(bundle);
}

function validateBundle(bundle: Record<string, unknown>): ProjectBundle {
  const project = bundle.project;
  if (!isRecord(project)) throw new ProjectBundleError('badRow', 'project');
  checkFields(project, 'project', 0);
  const rawStores = bundle.stores ?? {};
  if (!isRecord(rawStores)) throw new ProjectBundleError('badRow', 'stores');
  const known = new Set<string>(BUNDLE_STORES.map(({ store }) => store));
  for (const name of Object.keys(rawStores))
    if (!known.has(name)) throw new ProjectBundleError('unknownStore', name);

  const stores: Partial<Record<BundleStoreName, BundleRow[]>> = {};
  const keys = new Map<BundleStoreName, Set<string>>();
  for (const { store, key, ownership } of BUNDLE_STORES) {
    const rows = rawStores[store] ?? [];
    if (!Array.isArray(rows)) throw new ProjectBundleError('badRow', store);
    const seen = new Set<string>();
    rows.forEach((row: unknown, index) => {
      const number = index + 1;
      if (!isRecord(row)) throw new ProjectBundleError('badRow', store, number);
      checkFields(row, store, number);
      const rowKey = keyOf(row, key);
      if (rowKey === undefined) throw new ProjectBundleError('badRow', store, number);
      if (seen.has(rowKey)) throw new ProjectBundleError('duplicateKey', store, number);
      seen.add(rowKey);
      if (ownership.kind === 'project' && row.projectId !== project.id)
        throw new ProjectBundleError('foreignRow', store, number);
      if (
        ownership.kind === 'parent' &&
        !keys.get(ownership.parentStore)?.has(String(row[ownership.field]))
      )
        throw new ProjectBundleError('missingParent', store, number);
    });
    keys.set(store, seen);
    stores[store] = rows as BundleRow[];
  }
  for (const { store, key, ownership } of BUNDLE_STORES) {
    if (ownership.kind !== 'referenced') continue;
    const referenced = new Set(
      (stores[ownership.fromStore] ?? []).map((row) => String(row[ownership.field])),
    );
    (stores[store] ?? []).forEach((row, index) => {
      if (!referenced.has(keyOf(row, key) ?? ''))
        throw new ProjectBundleError('foreignRow', store, index + 1);
    });
    (stores[ownership.fromStore] ?? []).forEach((row, index) => {
      if (!keys.get(store)?.has(String(row[ownership.field])))
        throw new ProjectBundleError('missingParent', ownership.fromStore, index + 1);
    });
  }
  for (const { store, field, target, isOptional } of REFERENCES)
    (stores[store] ?? []).forEach((row, index) => {
      const reference = row[field];
      if (isOptional === true && (reference === null || reference === undefined)) return;
      if (isOptional === true && !keys.get(target)?.has(String(reference))) return;
      if (!keys.get(target)?.has(String(reference)))
        throw new ProjectBundleError('missingParent', store, index + 1);
    });
  const exportedAt = typeof bundle.exportedAt === 'number' ? bundle.exportedAt : 0;
  const application = isRecord(bundle.application)
    ? {
        name: String(bundle.application.name ?? ''),
        version: String(bundle.application.version ?? ''),
      }
    : { name: '', version: '' };
  return {
    format: BUNDLE_FORMAT,
    version: BUNDLE_VERSION,
    exportedAt,
    application,
    project,
    stores,
  };
}

function checkFields(
  row: Record<string, unknown>,
  store: BundleStoreName | 'project',
  number: number,
): void {
  for (const [field, type] of Object.entries(REQUIRED_FIELDS[store] ?? {}))
    if (typeof row[field] !== type)
      throw new ProjectBundleError('badRow', `${store}.${field}`, number);
  if (store === 'segments') {
    if (!(SEGMENT_STATUSES as readonly unknown[]).includes(row.status))
      throw new ProjectBundleError('badRow', 'segments.status', number);
    try {
      parseRichText(row.target);
    } catch {
      throw new ProjectBundleError('badRow', 'segments.target', number);
    }
  }
}

function keyOf(row: BundleRow, key: string | readonly string[]): string | undefined {
  const fields = typeof key === 'string' ? [key] : key;
  const parts = fields.map((field) => row[field]);
  if (parts.some((part) => typeof part !== 'string' && typeof part !== 'number')) return undefined;
  return parts.map(String).join('\u0000');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
