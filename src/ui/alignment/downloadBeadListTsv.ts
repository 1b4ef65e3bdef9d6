import { beadListPairs } from '../../domain/alignmentEditing/beadListPairs';
import type { BeadList } from '../../domain/alignmentEditing/beadListTypes';
import { writeBitextTable } from '../../domain/exchange/writeBitextTable';
import { downloadFile } from '../app/downloadFile';

/**
 * Downloads an alignment's pairs as the workbench's parallel-text TSV (see writeBitextTable): a
 * header naming the languages, one bead a line, confirmed beads translated, the others draft.
 */
export function downloadBeadListTsv(name: string, list: BeadList): void {
  const units = beadListPairs(list).map((pair) => ({
    source: pair.source,
    target: pair.target,
    status: pair.confirmed ? ('translated' as const) : ('draft' as const),
    note: '',
  }));
  const text = writeBitextTable({ sourceLang: 'zh-CN', targetLang: 'en', units }, 'tsv');
  downloadFile(`${name}.tsv`, text, 'text/tab-separated-values;charset=utf-8');
}
