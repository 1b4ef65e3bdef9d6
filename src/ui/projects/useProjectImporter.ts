import { useCallback, useEffect, useRef } from 'react';
import type { WorkbenchDatabase } from '../../db/WorkbenchDatabase';
import { createProjectImporter, type ProjectImporter } from '../../workers/createProjectImporter';
import { createProjectImportWorker } from '../../workers/createProjectImportWorker';
import { useDatabase } from '../DatabaseContext';

async function openProjectImporter(database: WorkbenchDatabase): Promise<ProjectImporter> {
  if (typeof Worker === 'function') return createProjectImporter(createProjectImportWorker());
  const { createInThreadImportPort } = await import('../../workers/createInThreadImportPort');
  return createProjectImporter(createInThreadImportPort(database));
}

/**
 * A project import worker for as long as the component is mounted; it first removes what
 * imports of closed tabs left behind. Returns a function resolving to the importer.
 */
export function useProjectImporter(): () => Promise<ProjectImporter> {
  const database = useDatabase();
  const importerRef = useRef<Promise<ProjectImporter> | null>(null);

  useEffect(() => {
    const opening = openProjectImporter(database);
    importerRef.current = opening;
    void opening.then((importer) => importer.cleanUp(database.name)).catch(() => undefined);
    return () => {
      importerRef.current = null;
      void opening.then((importer) => importer.close());
    };
  }, [database]);

  return useCallback(
    () => importerRef.current ?? Promise.reject(new Error('The New project dialog is closed.')),
    [],
  );
}
