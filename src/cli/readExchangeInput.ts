import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { exchangeDocumentFromBundle } from '../domain/bundle/exchangeDocumentFromBundle';
import { readProjectBundle } from '../domain/bundle/readProjectBundle';
import { detectExchangeFormat } from '../domain/exchange/detectExchangeFormat';
import type { ExchangeDocument } from '../domain/exchange/exchangeUnit';
import { readExchangeDocument } from '../domain/exchange/readExchangeDocument';
import { readMoses } from '../domain/exchange/readMoses';
import { callerDirectory } from './callerDirectory';
import { CommandLineError } from './CommandLineError';
import { describeFormatError } from './describeFormatError';
import { isFormatError } from './isFormatError';
import { readTextFile } from './readTextFile';

export interface ExchangeInputLanguages {
  readonly sourceLang?: string;
  readonly targetLang?: string;
}

/**
 * Reads the parallel text named on the command line, its format told from its content: one file
 * (TMX, XLIFF, TSV, CSV, JSON Lines, a project bundle) or the two sides of a Moses pair (both named, or NAME.zh
 * alone with NAME.en beside it). A refusal names the file and the line.
 */
export async function readExchangeInput(
  paths: readonly string[],
  languages: ExchangeInputLanguages,
): Promise<ExchangeDocument> {
  const [path = '', otherPath] = paths;
  const content = await readTextFile(path, callerDirectory());
  const format = detectExchangeFormat(content, path);
  try {
    switch (format) {
      case undefined:
        throw new CommandLineError(
          `Cannot tell the format of ${path}: it is none of TMX, XLIFF, TSV, CSV, JSON Lines or Moses text.`,
        );
      case 'json':
        if (otherPath !== undefined)
          throw new CommandLineError(
            `Only a Moses pair is given as two files; ${path} is a project bundle.`,
            2,
          );
        return exchangeDocumentFromBundle(readProjectBundle(content), languages);
      case 'tbx':
      case 'tbx2':
        throw new CommandLineError(`${path} is a termbase (TBX): use bitext glossary convert.`);
      case 'moses': {
        const sourceLang = languages.sourceLang ?? 'zh-CN';
        const targetLang = languages.targetLang ?? 'en';
        const targetPath = otherPath ?? siblingPath(path, targetLang);
        const targetContent = await readTextFile(targetPath, callerDirectory());
        return readMoses(content, targetContent, { sourceLang, targetLang });
      }
      default: {
        if (otherPath !== undefined)
          throw new CommandLineError(
            `Only a Moses pair is given as two files; ${path} is ${format}.`,
            2,
          );
        const document = await readExchangeDocument(content, format, languages);
        return {
          ...document,
          sourceLang:
            document.sourceLang === '' ? (languages.sourceLang ?? 'zh-CN') : document.sourceLang,
          targetLang:
            document.targetLang === '' ? (languages.targetLang ?? 'en') : document.targetLang,
        };
      }
    }
  } catch (error) {
    if (isFormatError(error))
      throw new CommandLineError(`Cannot read ${path}: ${describeFormatError(error)}`);
    throw error;
  }
}

/** NAME.en beside NAME.zh: the other side of a Moses pair, named by the target's language. */
function siblingPath(path: string, targetLang: string): string {
  const primary = targetLang.split(/[-_]/)[0]?.toLowerCase() ?? 'en';
  const candidates = [targetLang, primary].map((extension) =>
    path.replace(/\.[^./\\]+$/, `.${extension}`),
  );
  const found = candidates.find(
    (candidate) => candidate !== path && existsSync(resolve(callerDirectory(), candidate)),
  );
  if (found === undefined)
    throw new CommandLineError(
      `${path} is one side of a Moses pair: name the other side too (bitext convert ${path} ${candidates[1] ?? ''} …).`,
    );
  return found;
}
