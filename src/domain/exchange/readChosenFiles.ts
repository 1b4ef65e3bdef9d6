import type { ExchangeFileText } from './readExchangeFiles';
import { checkTextFileSize } from '../text/checkTextFileSize';
import { openTextFile } from '../text/openTextFile';

/** A file as the browser gives it (a File), or any named Blob. */
export type ChosenFile = Blob & { readonly name: string };

/**
 * The chosen files as text for readExchangeFiles, streamed: each size checked before a byte is
 * read (a file over the limit is refused at once), its encoding detected as a text import does
 * (UTF-8, UTF-16, GB18030…), its first piece read to tell the format, the rest read piece by
 * piece as the reader asks for it. `onBytes` hears the bytes read of all the files.
 */
export async function readChosenFiles(
  files: readonly ChosenFile[],
  onBytes: (read: number, total: number) => void = () => undefined,
): Promise<ExchangeFileText[]> {
  for (const file of files) checkTextFileSize(file.size);
  const total = files.reduce((sum, file) => sum + file.size, 0);
  const opened = await Promise.all(files.map((file) => openTextFile(file)));
  const report = () =>
    onBytes(
      opened.reduce((sum, file) => sum + file.bytesRead(), 0),
      total,
    );
  return Promise.all(
    opened.map(async (file, index) => {
      const iterator = file.pieces();
      const first = await iterator.next();
      report();
      const beginning = first.done === true ? '' : first.value;
      let isTaken = false;
      return {
        name: files[index]?.name ?? '',
        text: beginning,
        pieces: async function* () {
          if (isTaken) throw new Error('A file is read once.');
          isTaken = true;
          yield beginning;
          for (let next = await iterator.next(); next.done !== true; next = await iterator.next()) {
            report();
            yield next.value;
          }
        },
      };
    }),
  );
}
