import { useCallback, useState } from 'react';

export const LAST_PROJECT_STORAGE_KEY = 'bitext.lastProjectId';

function readStoredProjectId(): string | null {
  try {
    return globalThis.localStorage?.getItem(LAST_PROJECT_STORAGE_KEY) ?? null;
  } catch {
    return null;
  }
}

/** The id of the project opened last, remembered in localStorage across reloads. */
export function useLastOpenedProject(): readonly [string | null, (projectId: string) => void] {
  const [projectId, setProjectId] = useState(readStoredProjectId);
  const remember = useCallback((nextProjectId: string) => {
    setProjectId(nextProjectId);
    try {
      globalThis.localStorage?.setItem(LAST_PROJECT_STORAGE_KEY, nextProjectId);
    } catch {
      // Without storage the choice lasts for this session only.
    }
  }, []);
  return [projectId, remember] as const;
}
