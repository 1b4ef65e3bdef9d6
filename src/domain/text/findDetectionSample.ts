/** How many bytes the encoding of a file is detected on. */
export const DETECTION_SAMPLE_BYTES = 64 * 1024;

export interface DetectionSample {
  /** Where the sample starts in the file. */
  readonly start: number;
  readonly bytes: Uint8Array;
}

function isAsciiText(byte: number): boolean {
  return byte !== 0 && byte < 0x80;
}

/**
 * The bytes to detect the encoding of a file (or of the part of it read so far) on: its first
 * bytes, unless those are all ASCII, which every candidate encoding reads alike; then the bytes
 * from the first one that is not ASCII. `start` is the offset of `bytes` in the file.
 */
export function findDetectionSample(bytes: Uint8Array, offset = 0): DetectionSample | null {
  let first = -1;
  for (let index = 0; index < bytes.length; index += 1) {
    if (!isAsciiText(bytes[index] ?? 0)) {
      first = index;
      break;
    }
  }
  if (first === -1) return null;
  const start = offset + first < DETECTION_SAMPLE_BYTES ? 0 : first;
  return { start: offset + start, bytes: bytes.subarray(start, start + DETECTION_SAMPLE_BYTES) };
}
