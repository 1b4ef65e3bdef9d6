import { isSameLanguage } from '../language/isSameLanguage';
import { childElements } from '../xml/childElements';
import { elementText } from '../xml/elementText';
import { readXmlStream } from '../xml/readXmlStream';
import type { XmlInput } from '../xml/xmlNode';
import type { ExchangeDocument, ExchangeUnit } from './exchangeUnit';
import type { ExchangeReadOptions } from './exchangeReadOptions';
import { ExchangeFormatError } from './ExchangeFormatError';
import { readInlineContent } from './readInlineContent';
import { statusFromXliff12 } from './statusFromXliff12';

const PROGRESS_EVERY = 500;

/**
 * Reads an XLIFF 1.x file: each `<trans-unit>` (in groups too) a unit, its status from the
 * target's `state` and `approved`, its notes and inline codes; the languages from the first
 * `<file>`, every other file having to match them. Refusals name their line.
 */
export async function readXliff12(
  input: XmlInput,
  options: ExchangeReadOptions = {},
): Promise<ExchangeDocument> {
  let sourceLang: string | undefined;
  let targetLang: string | undefined;
  const units: ExchangeUnit[] = [];
  let idsInFile = new Set<string>();
  await readXmlStream(input, {
    onStart: (start, ancestors) => {
      if (
        ancestors.length === 0 &&
        (start.name !== 'xliff' || !(start.attributes['version'] ?? '1').startsWith('1'))
      )
        throw new ExchangeFormatError('wrongRoot', start.line, start.name);
      if (start.name !== 'file') return;
      idsInFile = new Set();
      const fileSource = start.attributes['source-language'];
      const fileTarget = start.attributes['target-language'];
      if (fileSource === undefined)
        throw new ExchangeFormatError('missingAttribute', start.line, 'source-language');
      const wantedSource = sourceLang ?? options.sourceLang;
      if (wantedSource !== undefined && !isSameLanguage(fileSource, wantedSource))
        throw new ExchangeFormatError('languageMismatch', start.line, fileSource);
      const wantedTarget = targetLang ?? options.targetLang;
      if (
        fileTarget !== undefined &&
        wantedTarget !== undefined &&
        !isSameLanguage(fileTarget, wantedTarget)
      )
        throw new ExchangeFormatError('languageMismatch', start.line, fileTarget);
      sourceLang ??= fileSource;
      targetLang ??= fileTarget;
    },
    collect: (start) => start.name === 'trans-unit',
    onElement: (unit, ancestors) => {
      const id = unit.attributes['id'] ?? '';
      if (idsInFile.has(id)) throw new ExchangeFormatError('duplicateId', unit.line, id);
      idsInFile.add(id);
      const source = childElements(unit, 'source')[0];
      if (source === undefined)
        throw new ExchangeFormatError('missingElement', unit.line, 'source');
      const target = childElements(unit, 'target')[0];
      const sourceContent = readInlineContent(source, 'xliff12');
      const targetContent = target === undefined ? undefined : readInlineContent(target, 'xliff12');
      const targetText = targetContent?.text ?? '';
      const file = ancestors.find((ancestor) => ancestor.name === 'file')?.attributes['original'];
      const ownId = unit.attributes['resname'] ?? id;
      units.push({
        ...(ownId === '' ? {} : { id: ownId }),
        ...(file === undefined || file === 'bitext' ? {} : { file }),
        source: sourceContent.text,
        target: targetText,
        ...(sourceContent.codes.length === 0 ? {} : { sourceCodes: sourceContent.codes }),
        ...(targetContent === undefined || targetContent.codes.length === 0
          ? {}
          : { targetCodes: targetContent.codes }),
        status: statusFromXliff12(
          target?.attributes['state'],
          targetText !== '',
          unit.attributes['approved'] === 'yes',
        ),
        note: childElements(unit, 'note').map(elementText).join('\n'),
      });
      if (units.length % PROGRESS_EVERY === 0) options.onProgress?.(units.length);
    },
  });
  options.onProgress?.(units.length);
  if (sourceLang === undefined) throw new ExchangeFormatError('missingElement', 0, 'file');
  return { sourceLang, targetLang: targetLang ?? options.targetLang ?? '', units };
}
