// Long work done between requests: a step at a time, each until a deadline, yielding to the event loop between.

/**
 * Calls step(deadline) with a deadline sliceMs ahead (performance.now() time), on later turns of the event loop
 * until it returns true; resolves then, or rejects with what a step throws.
 */
export function inSlices(step: (deadline: number) => boolean, sliceMs: number): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const slice = () => {
      try {
        if (step(performance.now() + sliceMs)) resolve();
        else setImmediate(slice);
      } catch (error) {
        reject(error);
      }
    };
    slice();
  });
}
