import type { ProjectImportFailure } from './projectImportProtocol';

/** A job of the project import worker failed; `failure` says why, for a translated message. */
export class ProjectImportFailedError extends Error {
  override readonly name = 'ProjectImportFailedError';

  constructor(readonly failure: ProjectImportFailure) {
    super(failure.kind === 'storage' ? failure.message : `${failure.kind}: ${failure.reason}`);
  }
}
