import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { writeProjectBundle } from '../../domain/bundle/writeProjectBundle';
import { countInlineCodes } from '../../domain/exchange/countInlineCodes';
import { exchangeDocumentFromSegments } from '../../domain/exchange/exchangeDocumentFromSegments';
import type { DocumentId, ProjectId, SegmentId } from '../../domain/ids';
import { normalizeLanguageTag } from '../../domain/language/normalizeLanguageTag';
import { projectLanguageTags } from '../../domain/language/projectLanguageTags';
import { downloadFile } from '../app/downloadFile';
import { useProject } from '../hooks/useProject';
import { useProjectExport } from '../hooks/useProjectExport';
import { ExportMenu } from './ExportMenu';
import { exportFiles } from './exportFiles';
import { PROJECT_EXPORT_FORMATS, type ExportFormat } from './exportFormats';
import { safeFileName } from './safeFileName';
import { useReviewLabels } from './useReviewLabels';

const LANGUAGE_TAG = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i;

interface ProjectExportMenuProps {
  readonly projectId: ProjectId;
  readonly documentId: DocumentId;
  readonly documentName: string;
  readonly documentCount: number;
  /** Stores what is typed but not saved yet, so that the export holds it. */
  readonly beforeExport: () => Promise<void>;
  /** The segments of the document the segment filter shows, when a filter is set. */
  readonly filteredSegmentIds?: ReadonlySet<SegmentId> | undefined;
}

type Scope = 'document' | 'project' | 'filter';

/**
 * The translate view's export: the current document or the whole project, in the language tags
 * the project keeps (BCP 47, editable here), with or without untranslated segments, to every
 * parallel-text format, the review tables and the project bundle.
 */
export function ProjectExportMenu({
  projectId,
  documentId,
  documentName,
  documentCount,
  beforeExport,
  filteredSegmentIds,
}: ProjectExportMenuProps) {
  const { t, i18n } = useTranslation('exchange');
  const project = useProject(projectId);
  const source = useProjectExport(projectId);
  const [chosenScope, setScope] = useState<Scope>('document');
  // The filter's scope lasts as long as the filter; without one the document is exported.
  const scope =
    chosenScope === 'filter' && filteredSegmentIds === undefined ? 'document' : chosenScope;
  const [includeUntranslated, setIncludeUntranslated] = useState(true);
  const savedTags = project === undefined ? undefined : projectLanguageTags(project);
  const [sourceTag, setSourceTag] = useState<string | undefined>(undefined);
  const [targetTag, setTargetTag] = useState<string | undefined>(undefined);
  const shownSourceTag = sourceTag ?? savedTags?.source ?? '';
  const shownTargetTag = targetTag ?? savedTags?.target ?? '';
  const name =
    scope !== 'project' && documentCount > 1 ? documentName : (project?.name ?? documentName);
  const labels = useReviewLabels(name);
  const ids = { scope: useId(), source: useId(), target: useId(), untranslated: useId() };
  const badTag = [shownSourceTag, shownTargetTag].find(
    (tag) => !LANGUAGE_TAG.test(normalizeLanguageTag(tag)),
  );

  useEffect(() => {
    setSourceTag(undefined);
    setTargetTag(undefined);
  }, [projectId]);

  async function runExport(format: ExportFormat): Promise<string | undefined> {
    await beforeExport();
    const fileName = safeFileName(name);
    if (format === 'bundle') {
      const text = writeProjectBundle(await source.readBundle());
      const bundleName = `${safeFileName(project?.name ?? name)}.bitext.json`;
      downloadFile(bundleName, text, 'application/json;charset=utf-8');
      return t('export.done', { fileName: bundleName });
    }
    if (badTag !== undefined) return t('export.badTag', { tag: badTag });
    const tags = {
      source: normalizeLanguageTag(shownSourceTag),
      target: normalizeLanguageTag(shownTargetTag),
    };
    if (
      savedTags === undefined ||
      tags.source !== savedTags.source ||
      tags.target !== savedTags.target
    )
      await source.saveLanguageTags(tags);
    const read = await source.readSegments(scope === 'project' ? undefined : documentId);
    const segments =
      scope === 'filter' && filteredSegmentIds !== undefined
        ? read.segments.filter((segment) => filteredSegmentIds.has(segment.id))
        : read.segments;
    if (segments.length === 0) return t('export.nothing');
    const document = exchangeDocumentFromSegments({
      sourceLang: tags.source,
      targetLang: tags.target,
      documents: read.documents,
      segments,
      annotations: read.annotations,
    });
    if (!includeUntranslated && document.units.every((unit) => unit.target === ''))
      return t('export.nothing');
    const files = await exportFiles(document, format, {
      name: fileName,
      includeUntranslated,
      labels,
      pageLanguage: i18n.language,
    });
    for (const file of files) downloadFile(file.fileName, file.content, file.type);
    const codes = countInlineCodes(document);
    const done = t('export.done', { fileName: files.map((file) => file.fileName).join(', ') });
    return codes > 0 && ['tsv', 'csv', 'moses', 'docx', 'html'].includes(format)
      ? `${done} ${t('export.codesLeftOut', { number: codes, format: t(`formats.${format}`) })}`
      : done;
  }

  return (
    <ExportMenu
      formats={PROJECT_EXPORT_FORMATS}
      onExport={runExport}
      isDisabled={project === undefined}
    >
      <fieldset className="export-menu__fieldset">
        <legend>{t('export.scope')}</legend>
        <label className="export-menu__choice">
          <input
            type="radio"
            name={ids.scope}
            checked={scope === 'document'}
            onChange={() => setScope('document')}
          />
          {t('export.scopeDocument', { name: documentName })}
        </label>
        <label className="export-menu__choice">
          <input
            type="radio"
            name={ids.scope}
            checked={scope === 'project'}
            onChange={() => setScope('project')}
          />
          {t('export.scopeProject', { number: documentCount })}
        </label>
        {filteredSegmentIds === undefined ? null : (
          <label className="export-menu__choice">
            <input
              type="radio"
              name={ids.scope}
              data-scope="filter"
              checked={scope === 'filter'}
              onChange={() => setScope('filter')}
            />
            {t('export.scopeFilter', { count: filteredSegmentIds.size })}
          </label>
        )}
      </fieldset>
      <fieldset className="export-menu__fieldset">
        <legend>{t('export.languages')}</legend>
        <div className="export-menu__tags">
          <label htmlFor={ids.source}>{t('export.sourceTag')}</label>
          <input
            id={ids.source}
            data-field="source-tag"
            value={shownSourceTag}
            spellCheck={false}
            onChange={(event) => setSourceTag(event.target.value)}
          />
          <label htmlFor={ids.target}>{t('export.targetTag')}</label>
          <input
            id={ids.target}
            data-field="target-tag"
            value={shownTargetTag}
            spellCheck={false}
            onChange={(event) => setTargetTag(event.target.value)}
          />
        </div>
        <p className="export-menu__hint">
          {badTag === undefined ? t('export.tagHint') : t('export.badTag', { tag: badTag })}
        </p>
      </fieldset>
      <label className="export-menu__choice">
        <input
          id={ids.untranslated}
          type="checkbox"
          data-field="include-untranslated"
          checked={includeUntranslated}
          onChange={(event) => setIncludeUntranslated(event.target.checked)}
        />
        {t('export.includeUntranslated')}
      </label>
    </ExportMenu>
  );
}
