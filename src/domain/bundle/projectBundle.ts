import type { BundleStoreName } from './bundleStores';

/** A stored row as a bundle holds it: the store's own fields, in JSON. */
export type BundleRow = Readonly<Record<string, unknown>>;

export const BUNDLE_FORMAT = 'bitext-workbench-project';
/** The version bundles are written in; readProjectBundle reads this one and every earlier one. */
export const BUNDLE_VERSION = 1;

/**
 * A whole project in one file: the project row (its name, languages and language tags, the
 * project's settings) and its rows of every store BUNDLE_STORES lists, as they are stored.
 */
export interface ProjectBundle {
  readonly format: typeof BUNDLE_FORMAT;
  readonly version: typeof BUNDLE_VERSION;
  readonly exportedAt: number;
  readonly application: { readonly name: string; readonly version: string };
  readonly project: BundleRow;
  readonly stores: Readonly<Partial<Record<BundleStoreName, readonly BundleRow[]>>>;
}
