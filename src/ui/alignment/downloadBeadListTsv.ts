import { beadListPairs } from '../../domain/alignmentEditing/beadListPairs';
import type { BeadList } from '../../domain/alignmentEditing/beadListTypes';
import { writeDelimitedText } from '../../domain/delimited/writeDelimitedText';
import { downloadFile } from '../app/downloadFile';

/**
 * Downloads an alignment's pairs as TSV: a header row, then one bead a line (tabs and line breaks
 * inside a sentence written `\t`, `\n`, so a line is always a pair), with its status.
 */
export function downloadBeadListTsv(name: string, list: BeadList): void {
  const rows = [
    ['zh-CN', 'en', 'status'],
    ...beadListPairs(list).map((pair) => [
      pair.source,
      pair.target,
      pair.confirmed ? 'translated' : 'draft',
    ]),
  ];
  const text = writeDelimitedText(rows, {
    delimiter: '\t',
    quoting: 'backslash',
    byteOrderMark: false,
    lineEnding: '\n',
  });
  downloadFile(`${name}.tsv`, text, 'text/tab-separated-values;charset=utf-8');
}
