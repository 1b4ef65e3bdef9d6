import type { BeadList } from '../../domain/alignmentEditing/beadListTypes';
import { writeBitextTable } from '../../domain/exchange/writeBitextTable';
import { downloadFile } from '../app/downloadFile';
import { beadListExchangeDocument } from './beadListExchangeDocument';

/**
 * Downloads an alignment's pairs as the workbench's parallel-text TSV (see writeBitextTable): a
 * header naming the languages, one bead a line, confirmed beads translated, the others draft.
 */
export function downloadBeadListTsv(name: string, list: BeadList): void {
  const text = writeBitextTable(beadListExchangeDocument(list), 'tsv');
  downloadFile(`${name}.tsv`, text, 'text/tab-separated-values;charset=utf-8');
}
