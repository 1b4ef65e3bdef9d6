import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback } from 'react';
import {
  changeAnnotationSettings,
  defaultAnnotationSettings,
  readAnnotationSettings,
  type AnnotationSettings,
} from '../../db/annotationSettingsRepository';
import { useDatabase } from '../DatabaseContext';

export type { AnnotationSettings } from '../../db/annotationSettingsRepository';

/** The annotation settings (author, typology, penalties), kept live, and a way to change them. */
export function useAnnotationSettings(): {
  readonly settings: AnnotationSettings;
  readonly isLoaded: boolean;
  readonly change: (changes: Partial<AnnotationSettings>) => Promise<AnnotationSettings>;
} {
  const database = useDatabase();
  const settings = useLiveQuery(() => readAnnotationSettings(database), [database]);
  const change = useCallback(
    (changes: Partial<AnnotationSettings>) => changeAnnotationSettings(database, changes),
    [database],
  );
  return {
    settings: settings ?? defaultAnnotationSettings,
    isLoaded: settings !== undefined,
    change,
  };
}
