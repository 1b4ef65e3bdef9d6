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
  /** Only this document: a bundle's document of this name, or the units of this XLIFF file. */
  readonly documentName?: string;
}

/**
 * Reads the parallel text named on the command line, its format told from its content: one file
 * (TMX, XLIFF, TSV, CSV, JSON Lines, a project bundle) or the two sides of a Moses pair (both named, or NAME.zh
 * alone with NAME.en beside it). A refusal names the file and the line, or the documents there are
 * when the one asked for is not among them.
 */
export async function readExchangeInput(
  paths: readonly string[],
  { documentName, ...languages }: ExchangeInputLanguages,
): Promise<ExchangeDocument> {
  const [path = '', otherPath] = paths;
  const { document, isBundle } = await readWholeInput(path, otherPath, languages, documentName);
  if (documentName === undefined || isBundle) return document;
  const units = document.units.filter((unit) => unit.file === documentName);
  if (units.length === 0)
    throw new CommandLineError(
      noSuchDocument(
        path,
        documentName,
        document.units.map((unit) => unit.file ?? ''),
      ),
    );
  return { ...document, units: units.map(({ file: _file, ...unit }) => unit) };
}

function noSuchDocument(path: string, name: string, names: readonly string[]): string {
  const known = [...new Set(names.filter((known) => known !== ''))];
  return `${path} has no document named "${name}"${known.length === 0 ? '' : `; its documents: ${known.join(', ')}`}.`;
}

async function readWholeInput(
  path: string,
  otherPath: string | undefined,
  languages: Omit<ExchangeInputLanguages, 'documentName'>,
  documentName: string | undefined,
): Promise<{ readonly document: ExchangeDocument; readonly isBundle: boolean }> {
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
        {
          const bundle = readProjectBundle(content);
          const names = ((bundle.stores.documents ?? []) as readonly { name?: unknown }[]).map(
            (document) => String(document.name),
          );
          if (documentName !== undefined && !names.includes(documentName))
            throw new CommandLineError(noSuchDocument(path, documentName, names));
          const document = exchangeDocumentFromBundle(
            bundle,
            languages,
            documentName === undefined ? undefined : new Set([documentName]),
          );
          return { document, isBundle: true };
        }
      case 'tbx':
      case 'tbx2':
        throw new CommandLineError(`${path} is a termbase (TBX): use bitext glossary convert.`);
      case 'moses': {
        const sourceLang = languages.sourceLang ?? 'zh-CN';
        const targetLang = languages.targetLang ?? 'en';
        const targetPath = otherPath ?? siblingPath(path, targetLang);
        const targetContent = await readTextFile(targetPath, callerDirectory());
        return {
          document: readMoses(content, targetContent, { sourceLang, targetLang }),
          isBundle: false,
        };
      }
      default: {
        if (otherPath !== undefined)
          throw new CommandLineError(
            `Only a Moses pair is given as two files; ${path} is ${format}.`,
            2,
          );
        const document = await readExchangeDocument(content, format, languages);
        return {
          document: {
            ...document,
            sourceLang:
              document.sourceLang === '' ? (languages.sourceLang ?? 'zh-CN') : document.sourceLang,
            targetLang:
              document.targetLang === '' ? (languages.targetLang ?? 'en') : document.targetLang,
          },
          isBundle: false,
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
