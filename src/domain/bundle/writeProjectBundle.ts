import { BUNDLE_STORES } from './bundleStores';
import type { ProjectBundle } from './projectBundle';

/**
 * A project bundle as text: JSON with the header fields on lines of their own and each row of a
 * store on one line (readable, and never taken for JSON Lines: its first line is a lone `{`).
 */
export function writeProjectBundle(bundle: ProjectBundle): string {
  const header = [
    `"format": ${JSON.stringify(bundle.format)}`,
    `"version": ${JSON.stringify(bundle.version)}`,
    `"exportedAt": ${JSON.stringify(bundle.exportedAt)}`,
    `"application": ${JSON.stringify(bundle.application)}`,
    `"project": ${JSON.stringify(bundle.project)}`,
  ];
  const stores = BUNDLE_STORES.map(({ store }) => {
    const rows = bundle.stores[store] ?? [];
    if (rows.length === 0) return `${JSON.stringify(store)}: []`;
    return `${JSON.stringify(store)}: [\n${rows.map((row) => JSON.stringify(row)).join(',\n')}\n]`;
  });
  return `{\n${header.join(',\n')},\n"stores": {\n${stores.join(',\n')}\n}\n}\n`;
}
