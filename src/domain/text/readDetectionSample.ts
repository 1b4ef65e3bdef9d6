import {
  DETECTION_SAMPLE_BYTES,
  findDetectionSample,
  type DetectionSample,
} from './findDetectionSample';

const SCAN_BYTES = 1024 * 1024;

/** The detection sample (see findDetectionSample) of a file, reading no more of it than needed. */
export async function readDetectionSample(file: Blob): Promise<DetectionSample> {
  for (let offset = 0; offset < file.size; offset += SCAN_BYTES) {
    const window = new Uint8Array(
      await file.slice(offset, offset + SCAN_BYTES + DETECTION_SAMPLE_BYTES).arrayBuffer(),
    );
    const sample = findDetectionSample(window.subarray(0, SCAN_BYTES), offset);
    if (sample !== null) {
      const start = sample.start - offset;
      return { start: sample.start, bytes: window.subarray(start, start + DETECTION_SAMPLE_BYTES) };
    }
  }
  const head = new Uint8Array(await file.slice(0, DETECTION_SAMPLE_BYTES).arrayBuffer());
  return { start: 0, bytes: head };
}
