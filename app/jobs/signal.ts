// "New jobs were committed": the webhook route says so after its transaction; the runner of
// this process (in-process poller or pg-boss publisher) listens. Missing a signal only delays
// a job until the next poll or sweep, because the job table is the source of truth.
export type JobListener = (jobIds: string[]) => void;

export interface JobSignal {
  dispatch(jobIds: string[]): void;
  subscribe(listener: JobListener): () => void;
  /** a webhook is being acknowledged: the runner of this process gives way for a moment */
  noteIntake(): void;
  /** ms since the last webhook arrived */
  intakeIdleMs(): number;
}

export function createJobSignal(): JobSignal {
  const listeners = new Set<JobListener>();
  let lastIntake = 0;
  return {
    noteIntake() {
      lastIntake = performance.now();
    },
    intakeIdleMs() {
      return performance.now() - lastIntake;
    },
    dispatch(jobIds) {
      for (const listener of listeners) listener(jobIds);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
