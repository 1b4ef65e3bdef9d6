import { useTranslation } from 'react-i18next';
import type { BeadList } from '../../domain/alignmentEditing/beadListTypes';
import { ENGLISH_REVIEW_LABELS } from '../../domain/exchange/review/reviewTableLabels';
import { downloadFile } from '../app/downloadFile';
import { ExportMenu } from '../exchange/ExportMenu';
import { exportFiles } from '../exchange/exportFiles';
import { ALIGNMENT_EXPORT_FORMATS } from '../exchange/exportFormats';
import { safeFileName } from '../exchange/safeFileName';
import { beadListExchangeDocument } from './beadListExchangeDocument';

/** The alignment's Export menu: its pairs as TMX, XLIFF 2.0 or 1.2, or TSV, through the same writers. */
export function AlignmentExportMenu({
  name,
  list,
}: {
  readonly name: string;
  readonly list: BeadList;
}) {
  const { t, i18n } = useTranslation('exchange');
  return (
    <ExportMenu
      formats={ALIGNMENT_EXPORT_FORMATS}
      onExport={async (format) => {
        if (format === 'bundle') return undefined;
        const files = await exportFiles(beadListExchangeDocument(list), format, {
          name: safeFileName(name),
          includeUntranslated: true,
          labels: ENGLISH_REVIEW_LABELS,
          pageLanguage: i18n.language,
        });
        for (const file of files) downloadFile(file.fileName, file.content, file.type);
        return t('export.done', { fileName: files.map((file) => file.fileName).join(', ') });
      }}
    />
  );
}
