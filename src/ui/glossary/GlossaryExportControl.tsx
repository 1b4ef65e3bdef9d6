import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { linesFromConcepts } from '../../domain/glossary/linesFromConcepts';
import type { GlossaryFileFormat } from '../../domain/glossary/readGlossaryFile';
import { writeGlossaryTsv } from '../../domain/glossary/writeGlossaryTsv';
import type { Glossary, StoredGlossaryEntry } from '../../domain/model';
import { writeTbx } from '../../domain/termbase/writeTbx';
import { downloadFile } from '../app/downloadFile';

const FORMATS: readonly GlossaryFileFormat[] = ['tsv', 'csv', 'tbx', 'tbx2'];
const FILE_ENDINGS: Readonly<Record<GlossaryFileFormat, string>> = {
  tsv: '.tsv',
  csv: '.csv',
  tbx: '.tbx',
  tbx2: '.v2.tbx',
};
const MEDIA_TYPES: Readonly<Record<GlossaryFileFormat, string>> = {
  tsv: 'text/tab-separated-values;charset=utf-8',
  csv: 'text/csv;charset=utf-8',
  tbx: 'application/x-tbx+xml',
  tbx2: 'application/x-tbx+xml',
};

/** Downloads a glossary as TSV or CSV (UTF-8 with a byte-order mark), TBX v3 or TBX v2. */
export function GlossaryExportControl({
  glossary,
  entries,
}: {
  glossary: Glossary;
  entries: readonly StoredGlossaryEntry[];
}) {
  const { t } = useTranslation('glossary');
  const id = useId();
  const [format, setFormat] = useState<GlossaryFileFormat>('tbx');
  const exportGlossary = () => {
    const lines = linesFromConcepts(entries);
    const content =
      format === 'tsv' || format === 'csv'
        ? writeGlossaryTsv(lines, format)
        : writeTbx(lines, { version: format === 'tbx' ? 3 : 2 });
    const name = glossary.name.replace(/[\\/:*?"<>|]+/g, '_');
    downloadFile(`${name}${FILE_ENDINGS[format]}`, content, MEDIA_TYPES[format]);
  };
  return (
    <div className="glossary-export" role="group" aria-labelledby={`${id}-label`}>
      <span id={`${id}-label`} className="visually-hidden">
        {t('export.label')}
      </span>
      <select
        className="text-input"
        aria-label={t('export.formatLabel')}
        value={format}
        onChange={(event) =>
          setFormat(FORMATS.find((value) => value === event.target.value) ?? 'tbx')
        }
      >
        {FORMATS.map((value) => (
          <option key={value} value={value}>
            {t(`format.${value}`)}
          </option>
        ))}
      </select>
      <button
        type="button"
        className="button button--small"
        data-action="export-glossary"
        disabled={entries.length === 0}
        onClick={exportGlossary}
      >
        {t('export.button')}
      </button>
    </div>
  );
}
