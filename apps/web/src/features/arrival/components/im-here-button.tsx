import { Button } from '@/components/ui/button';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { ApiError } from '@/lib/api-error';
import { useAsyncAction } from '@/lib/use-async-action';

/** Manual arrival: sends the browser's position; the API checks it is at the session's charger. */
export function ImHereButton({ onImHere, disabled }: { onImHere: () => Promise<unknown>; disabled?: boolean }) {
  const { run: click, pending, error } = useAsyncAction(onImHere);

  const tooFar = error instanceof ApiError && error.is('TOO_FAR_FROM_CHARGER');
  return (
    <div className="flex flex-col gap-2">
      <Button block onClick={() => click()} loading={pending} disabled={disabled}>
        I'm here
      </Button>
      <ProblemAlert error={error} title={tooFar ? 'You’re not at the charger yet' : undefined} />
    </div>
  );
}
