import { useCallback, useState } from 'react';

/**
 * Runs a button's async action: pending while it runs, the error it failed with (cleared on the next try).
 * The action's own rejection is kept for display, never rethrown.
 */
export function useAsyncAction<A extends unknown[]>(action: (...args: A) => Promise<unknown>) {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const run = useCallback(
    async (...args: A): Promise<boolean> => {
      setPending(true);
      setError(null);
      try {
        await action(...args);
        return true;
      } catch (err) {
        setError(err);
        return false;
      } finally {
        setPending(false);
      }
    },
    [action],
  );

  return { run, pending, error };
}
