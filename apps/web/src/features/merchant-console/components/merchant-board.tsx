import { useQueryClient } from '@tanstack/react-query';
import { Button } from '@/components/ui/button';
import { LiveIndicator } from '@/components/ui/live-indicator';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { Spinner } from '@/components/ui/spinner';
import { useMerchantMe } from '@/features/auth/api/get-merchant-me';
import { useSessionHub } from '@/features/realtime/api/use-session-hub';
import { useConfirmFulfilment } from '../api/confirm-fulfilment';
import { useMerchantArrivals } from '../api/get-arrivals';
import { merchantKeys } from '../api/types';
import { unlockSound } from './beep';
import { BoardView } from './board-view';
import { useArrivalAlerts } from './use-arrival-alerts';

/** Fetches the arrivals once, then refetches on every pushed `session_updated` (and after reconnects). */
export function MerchantBoard() {
  const queryClient = useQueryClient();
  const arrivals = useMerchantArrivals();
  const confirm = useConfirmFulfilment();
  const refetch = () => void queryClient.invalidateQueries({ queryKey: merchantKeys.arrivals });
  const live = useSessionHub({ audience: 'merchant', onSessionUpdated: refetch, onResync: refetch });
  const { highlighted, announcement, canceled, dismissCanceled } = useArrivalAlerts(arrivals.data);
  const me = useMerchantMe();

  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <LiveIndicator state={live} />
        <Button variant="secondary" onClick={unlockSound} className="text-sm">
          🔔 Enable arrival sound
        </Button>
      </div>
      <div aria-live="assertive" aria-atomic="true" className="sr-only" data-testid="arrival-announcer">
        {announcement}
      </div>
      {announcement && (
        <p className="rounded-lg bg-amber-100 p-3 font-medium text-amber-900" aria-hidden="true">
          {announcement}
        </p>
      )}
      {canceled.map((a) => (
        <div key={a.session_id} role="alert" className="flex items-center justify-between gap-2 rounded-lg border border-red-300 bg-red-50 p-3 text-red-900">
          <span>
            <strong>Canceled:</strong> order #{a.order_number ?? '—'} ({[a.vehicle?.color, a.vehicle?.model].filter(Boolean).join(' ')}) — the driver canceled; stop preparing it.
          </span>
          <Button variant="secondary" onClick={() => dismissCanceled(a.session_id)}>
            OK
          </Button>
        </div>
      ))}
      {arrivals.isPending && <Spinner label="Loading arrivals…" />}
      <ProblemAlert error={arrivals.error} />
      {arrivals.data && (
        <BoardView
          arrivals={arrivals.data}
          highlighted={highlighted}
          merchantId={me.data?.merchant_id}
          onConfirm={(sessionId, choice) => confirm.mutateAsync({ sessionId, ...choice })}
        />
      )}
    </div>
  );
}
