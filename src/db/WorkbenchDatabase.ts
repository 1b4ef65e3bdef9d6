/**
 * The Dexie database of Bitext Workbench: typed tables over the stores declared in schema.ts.
 * Segment rows carry, besides the domain Segment, the bookkeeping of the last save (lastSave)
 * that revision coalescing needs; repositories strip it before returning a Segment.
 */
import Dexie, { type DexieOptions, type EntityTable } from 'dexie';
import { newId } from '../domain/ids';
import type { Annotation } from '../domain/annotation/annotation';
import type { QualityScoreRecord } from '../domain/annotation/qualityScoreRecord';
import type { SegmentComment } from '../domain/comments/segmentComment';
import type { MemoryUnit } from '../domain/memory/memoryUnit';
import type {
  BitextDocument,
  Glossary,
  Project,
  ProjectGlossary,
  Revision,
  Segment,
  StoredAlignment,
  StoredGlossaryEntry,
  Term,
  TermDecision,
  Timestamp,
} from '../domain/model';
import type { AlignmentChangeRecord, AlignmentSnapshotRecord } from './alignmentRepository';
import { declareSchema } from './schema';

/** Who saved a segment last and when the current typing burst began. */
export interface LastSave {
  readonly sessionId: string;
  readonly savedAt: Timestamp;
  readonly burstStartedAt: Timestamp;
}

export interface SegmentRecord extends Segment {
  readonly lastSave?: LastSave;
}

export interface MetaRecord {
  readonly key: string;
  readonly value: unknown;
}

export class WorkbenchDatabase extends Dexie {
  declare projects: EntityTable<Project, 'id'>;
  declare documents: EntityTable<BitextDocument, 'id'>;
  declare segments: EntityTable<SegmentRecord, 'id'>;
  declare terms: EntityTable<Term, 'id'>;
  declare revisions: EntityTable<Revision, 'id'>;
  declare meta: EntityTable<MetaRecord, 'key'>;
  declare alignments: EntityTable<StoredAlignment, 'id'>;
  declare alignmentSnapshots: EntityTable<AlignmentSnapshotRecord, 'alignmentId'>;
  declare alignmentChanges: Dexie.Table<AlignmentChangeRecord, [string, number]>;
  declare memoryUnits: EntityTable<MemoryUnit, 'id'>;
  declare glossaries: EntityTable<Glossary, 'id'>;
  declare glossaryEntries: EntityTable<StoredGlossaryEntry, 'id'>;
  declare projectGlossaries: EntityTable<ProjectGlossary, 'id'>;
  declare termDecisions: EntityTable<TermDecision, 'id'>;
  declare annotations: EntityTable<Annotation, 'id'>;
  declare segmentComments: EntityTable<SegmentComment, 'id'>;
  declare qualityScores: EntityTable<QualityScoreRecord, 'id'>;
  /** Identifies this open database (one a tab); saves by other sessions are never coalesced. */
  readonly sessionId: string = newId();

  constructor(name: string, options?: DexieOptions) {
    super(name, options);
    declareSchema(this);
  }
}

/**
 * Opens (lazily, on first use) the workbench database of the given name. Transactions are
 * durable in the strict sense: a write reported done is on disk (Chrome's default, relaxed since
 * version 121, may lose the last writes when the browser or the machine stops).
 */
export function openWorkbenchDatabase(
  name = 'bitext-workbench',
  options?: DexieOptions,
): WorkbenchDatabase {
  return new WorkbenchDatabase(name, { chromeTransactionDurability: 'strict', ...options });
}
