/** Stored alignment data that is not a bead list or change (damaged or from another version). */
export class BeadListFormatError extends Error {
  override readonly name = 'BeadListFormatError';
}
