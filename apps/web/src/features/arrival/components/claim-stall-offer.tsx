import { Button } from '@/components/ui/button';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { useAsyncAction } from '@/lib/use-async-action';
import { ACTIVE_STATUSES, type ArrivalSession } from '../api/types';

/**
 * A cable was plugged in at a stall of the session's charger without an app start, and the server offered it to this
 * session (`charging.offered_stall`). The driver's tap corroborates it: with no other driver expected there, the
 * plug-in becomes the arrival ("Verified by charger · stall 3"). Hidden once the charger has verified the arrival.
 */
export function ClaimStallOffer({ session, onClaim }: { session: ArrivalSession; onClaim: (stall: number) => Promise<unknown> }) {
  const { run, pending, error } = useAsyncAction(onClaim);
  const offered = session.charging?.offered_stall ?? null;
  if (offered == null || !ACTIVE_STATUSES.includes(session.status) || session.evidence?.stall != null) return null;
  // The claim's own push can land before its answer (which may already be the arrival): keep the spinner until then.
  const claimed = session.charging?.claimed_stall === offered && !pending;

  return (
    <section aria-label="Plug-in at your charger" className="space-y-2 rounded-lg border border-amber-200 bg-amber-50 p-3">
      <p className="font-medium">A car was just plugged in at stall {offered}. Is it yours?</p>
      {claimed ? (
        <p role="status" className="text-sm">
          You said stall {offered}. The charger can’t confirm it’s your car yet — tap “I’m here” when you’re at the charger.
        </p>
      ) : (
        <Button block loading={pending} onClick={() => void run(offered)}>
          That’s me at stall {offered}
        </Button>
      )}
      <ProblemAlert error={error} />
    </section>
  );
}
