import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useState, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { Spinner } from '@/components/ui/spinner';
import { useSessionHub } from '@/features/realtime/api/use-session-hub';
import { ApiError } from '@/lib/api-error';
import { currentPosition } from '@/lib/geolocation';
import { useBindOrder } from '../api/bind-order';
import { useCancelArrival } from '../api/cancel-arrival';
import { useConfirmArrival } from '../api/confirm-arrival';
import { useArrival } from '../api/get-arrival';
import { useSessionSmartcarStatus } from '../api/get-session-smartcar-status';
import { useSendFeedback } from '../api/send-feedback';
import { useStalls, useStartCharging } from '../api/start-charging';
import { ACTIVE_STATUSES, arrivalKeys, COMPLETED_STATUSES, type ArrivalSession, type SessionUpdate } from '../api/types';
import { ActiveSession } from './active-session';
import { CompletionScreen } from './completion-screen';
import { SessionEnded } from './session-ended';
import { StartChargingPanel } from './start-charging-panel';
import { VehicleSetupStep } from './vehicle-setup-step';

const NO_LOCATION = new ApiError(0, {
  error: 'LOCATION_UNAVAILABLE',
  detail: 'We couldn’t get your location. Allow location access for this site, then tap “I’m here” again.',
});

/**
 * One session, kept live: fetched once (session + smartcar-status), then updated by SignalR pushes;
 * refetched only after a reconnect. No polling.
 */
export function SessionScreen({ sessionId, extras }: { sessionId: string; extras?: (session: ArrivalSession) => ReactNode }) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const session = useArrival(sessionId);
  const smartcar = useSessionSmartcarStatus(sessionId);
  const [expired, setExpired] = useState(false);
  const [vehicleDone, setVehicleDone] = useState(false);
  const bind = useBindOrder();
  const confirm = useConfirmArrival();
  const cancel = useCancelArrival();
  const feedback = useSendFeedback();
  const startCharging = useStartCharging();
  const stalls = useStalls(sessionId, session.data != null && ACTIVE_STATUSES.includes(session.data.status));
  const vehicleSaved = useCallback(() => {
    setVehicleDone(true);
    void queryClient.invalidateQueries({ queryKey: arrivalKeys.session(sessionId) });
  }, [queryClient, sessionId]);

  const live = useSessionHub({
    audience: 'driver',
    onSessionUpdated: (payload) => {
      const update = payload as SessionUpdate;
      if (update?.session?.session_id !== sessionId) return;
      queryClient.setQueryData(arrivalKeys.session(sessionId), update.session);
      if (update.smartcar) queryClient.setQueryData(arrivalKeys.smartcar(sessionId), update.smartcar);
      queryClient.setQueryData(arrivalKeys.active, { session: ACTIVE_STATUSES.includes(update.session.status) ? update.session : null });
    },
    onResync: () => {
      void queryClient.invalidateQueries({ queryKey: arrivalKeys.session(sessionId) });
    },
  });

  // A 410 from any action means the session expired under us: say so and offer the way back.
  const guard = async <T,>(run: () => Promise<T>): Promise<T> => {
    try {
      return await run();
    } catch (err) {
      if (err instanceof ApiError && err.status === 410) setExpired(true);
      throw err;
    }
  };

  if (session.isPending) return <Spinner label="Loading your EV Arrival…" />;
  if (session.error) {
    const status = session.error instanceof ApiError ? session.error.status : 0;
    if (status === 410) return <SessionEnded reason="expired" />;
    if (status === 404) return <SessionEnded reason="missing" />;
    return <ProblemAlert error={session.error} />;
  }
  const s = session.data;
  if (expired || s.status === 'expired') return <SessionEnded reason="expired" />;
  if (s.status === 'canceled') return <SessionEnded reason="canceled" />;
  if (COMPLETED_STATUSES.includes(s.status)) {
    return (
      <CompletionScreen
        session={s}
        onFeedback={(rating) => feedback.mutateAsync({ sessionId, rating })}
        onDone={() => navigate('/')}
      />
    );
  }
  if (s.vehicle_required && !vehicleDone && !s.vehicle?.model) {
    return (
      <VehicleSetupStep onDone={vehicleSaved} />
    );
  }

  const onImHere = () =>
    guard(async () => {
      const position = await currentPosition(10_000, 0);
      if (!position) throw NO_LOCATION;
      return confirm.mutateAsync({
        sessionId,
        charger_id: s.charger_id ?? '',
        lat: position.lat,
        lng: position.lng,
        accuracy_m: position.accuracy_m,
      });
    });

  return (
    <ActiveSession
      session={s}
      smartcar={smartcar.data ?? null}
      live={live}
      onBindOrder={(values) => guard(() => bind.mutateAsync({ sessionId, ...values }))}
      onImHere={onImHere}
      onCancel={() => guard(() => cancel.mutateAsync(sessionId))}
      extras={
        <>
          <StartChargingPanel
            session={s}
            stalls={stalls.data?.stalls ?? []}
            onStart={(stall) => guard(() => startCharging.mutateAsync({ sessionId, connector_id: stall }))}
          />
          {extras?.(s)}
        </>
      }
    />
  );
}
