// Which of a card's actions is running (its button shows a spinner), and what to do when one fails.
import { useState } from 'react';

export function useBusy<Action extends string>() {
  const [busy, setBusy] = useState<Action>();
  /** Runs `work` as `action`; a failure goes to `onError` and the button is free again either way. */
  async function run(action: Action, work: () => Promise<unknown>, onError: (error: unknown) => void) {
    setBusy(action);
    try {
      await work();
    } catch (e) {
      onError(e);
    } finally {
      setBusy(undefined);
    }
  }
  return { busy, run };
}
