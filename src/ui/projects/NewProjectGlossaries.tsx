import { useTranslation } from 'react-i18next';
import type { GlossaryId } from '../../domain/ids';
import type { Glossary } from '../../domain/model';
import { glossaryDisplayName } from '../glossary/glossaryDisplayName';

/** The glossaries a new project will use, a checkbox each (the starter glossary checked at first). */
export function NewProjectGlossaries({
  glossaries,
  chosen,
  onChange,
}: {
  glossaries: readonly Glossary[];
  chosen: ReadonlySet<GlossaryId>;
  onChange: (chosen: ReadonlySet<GlossaryId>) => void;
}) {
  const { t } = useTranslation('glossary');
  if (glossaries.length === 0) return null;
  return (
    <fieldset className="field new-project-glossaries" data-role="new-project-glossaries">
      <legend className="field__label">{t('newProject.legend')}</legend>
      {glossaries.map((glossary) => (
        <label key={glossary.id} className="new-project-glossaries__choice">
          <input
            type="checkbox"
            data-glossary-id={glossary.id}
            checked={chosen.has(glossary.id)}
            onChange={(event) => {
              const next = new Set(chosen);
              if (event.target.checked) next.add(glossary.id);
              else next.delete(glossary.id);
              onChange(next);
            }}
          />
          {glossaryDisplayName(glossary, t)}
        </label>
      ))}
      <p className="drop-zone__hint">{t('newProject.hint')}</p>
    </fieldset>
  );
}
