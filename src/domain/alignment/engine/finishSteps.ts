/** Runs a step generator (one that yields its share of work done, as the alignment passes do) to its end and returns its result. */
export function finishSteps<T>(steps: Generator<number, T, void>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
