import type { GlossaryConcept } from './glossaryEntry';
import type {
  GlossaryImportMatch,
  GlossaryImportMode,
  GlossaryImportPlan,
} from './planGlossaryImport';

export interface GlossaryImportCounts {
  readonly added: number;
  readonly changed: number;
  readonly conflicting: number;
  readonly unchanged: number;
  readonly removed: number;
}

/** The counts the import preview shows for a mode. */
export function countGlossaryImport<Entry extends GlossaryConcept>(
  plan: GlossaryImportPlan<Entry>,
  mode: GlossaryImportMode,
): GlossaryImportCounts {
  const isChanged = (match: GlossaryImportMatch<Entry>) =>
    mode === 'merge' ? match.isChangedByMerge : match.isChangedByReplace;
  const changed = plan.matched.filter(isChanged).length;
  return {
    added: plan.added.length,
    changed,
    conflicting: plan.matched.filter((match) => match.isConflict).length,
    unchanged: plan.matched.length - changed,
    removed: mode === 'replace' ? plan.absent.length : 0,
  };
}
