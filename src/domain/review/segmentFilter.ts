import type { SegmentStatus } from '../model';
import type { FindOptions } from '../search/findSegmentMatches';

/** What the segment filter keeps: every condition given must hold. */
export interface SegmentFilter extends FindOptions {
  /** Text in the source or the target (as FindOptions say where and how); blank: any. */
  readonly query: string;
  /** The statuses kept; empty: any. */
  readonly statuses: readonly SegmentStatus[];
  /** Only segments with a check finding: their ids, from the checks. */
  readonly withFindings?: ReadonlySet<string>;
  /** Only segments with an annotation: their ids, from whoever stores annotations. */
  readonly withAnnotations?: ReadonlySet<string>;
}
