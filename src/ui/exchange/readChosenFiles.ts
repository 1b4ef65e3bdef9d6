import type { ExchangeFileText } from '../../domain/exchange/readExchangeFiles';
import { checkTextFileSize } from '../../domain/text/checkTextFileSize';
import { decodeTextFile } from '../../domain/text/decodeTextFile';

/**
 * The chosen files as text: each size checked before a byte is read (a file over the limit is
 * refused at once), then decoded as a text import is (UTF-8, UTF-16, GB18030…).
 */
export async function readChosenFiles(files: readonly File[]): Promise<ExchangeFileText[]> {
  for (const file of files) checkTextFileSize(file.size);
  return Promise.all(
    files.map(async (file) => ({
      name: file.name,
      text: decodeTextFile(new Uint8Array(await file.arrayBuffer())).text,
    })),
  );
}
