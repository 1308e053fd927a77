import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { useAsyncAction } from '@/lib/use-async-action';

/** Two-step cancel so a stray tap doesn't cancel dinner. */
export function CancelButton({ onCancel }: { onCancel: () => Promise<unknown> }) {
  const [asking, setAsking] = useState(false);
  const { run: cancel, pending, error } = useAsyncAction(onCancel);

  if (!asking) {
    return (
      <Button variant="danger" onClick={() => setAsking(true)}>
        Cancel EV Arrival
      </Button>
    );
  }
  return (
    <div className="flex flex-col gap-2 rounded-lg border border-red-200 p-3" role="group" aria-label="Confirm cancel">
      <p className="text-sm">Cancel this EV Arrival? The merchant won’t prepare anything.</p>
      <div className="flex gap-2">
        <Button variant="danger" onClick={() => cancel()} loading={pending} autoFocus>
          Yes, cancel
        </Button>
        <Button variant="secondary" onClick={() => setAsking(false)}>
          Keep it
        </Button>
      </div>
      <ProblemAlert error={error} />
    </div>
  );
}
