import { createContext, useContext, type ReactNode } from 'react';
import type { WorkbenchDatabase } from '../db/WorkbenchDatabase';

const DatabaseContext = createContext<WorkbenchDatabase | null>(null);

export function DatabaseProvider({
  database,
  children,
}: {
  database: WorkbenchDatabase;
  children: ReactNode;
}) {
  return <DatabaseContext.Provider value={database}>{children}</DatabaseContext.Provider>;
}

/** The open workbench database; throws outside a DatabaseProvider so a missing provider fails loudly. */
export function useDatabase(): WorkbenchDatabase {
  const database = useContext(DatabaseContext);
  if (database === null) throw new Error('useDatabase() needs a <DatabaseProvider> above it.');
  return database;
}
