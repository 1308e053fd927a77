import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import type { LatLng } from '@/components/map/live-map';
import { GEOFENCE } from '@/config/constants';
import { useCharger } from '@/features/catalog/api/get-charger';
import { useNavigate } from 'react-router';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { Spinner } from '@/components/ui/spinner';
import { useSessionHub } from '@/features/realtime/api/use-session-hub';
import { ApiError } from '@/lib/api-error';
import { currentPosition, watchPosition, type Position } from '@/lib/geolocation';
import { useBindOrder } from '../api/bind-order';
import { useCancelArrival } from '../api/cancel-arrival';
import { useClaimStall } from '../api/claim-stall';
import { useConfirmArrival } from '../api/confirm-arrival';
import { useArrival } from '../api/get-arrival';
import { useSessionSmartcarStatus } from '../api/get-session-smartcar-status';
import { useSendFeedback } from '../api/send-feedback';
import { useSetStall } from '../api/set-stall';
import { useStalls, useStartCharging } from '../api/start-charging';
import { ACTIVE_STATUSES, arrivalKeys, COMPLETED_STATUSES, type ArrivalSession, type SessionUpdate } from '../api/types';
import { ActiveSession } from './active-session';
import { ClaimStallOffer } from './claim-stall-offer';
import { CompletionScreen } from './completion-screen';
import { insideGeofence } from './geofence';
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
  const claimStall = useClaimStall();
  const stalls = useStalls(sessionId, session.data != null && ACTIVE_STATUSES.includes(session.data.status));
  const stall = useSetStall();
  const [trail, setTrail] = useState<LatLng[]>([]);
  const [phone, setPhone] = useState<LatLng | null>(null);
  const geofenceSent = useRef(false);
  const latestFix = useRef<{ fix: Position; at: number } | null>(null);
  const charger = useCharger(session.data?.charger_id);
  const site = charger.data;
  const awaiting = session.data?.status === 'awaiting_arrival';
  const chargerId = session.data?.charger_id;
  const sendCheckIn = confirm.mutate;

  // The phone's geofence: while this screen is open and the order is bound, a good fix inside the radius checks in
  // (source phone_geofence). The server verifies it like "I'm here"; one attempt per screen visit.
  useEffect(() => {
    if (!awaiting || !site || !chargerId) return;
    return watchPosition((fix) => {
      latestFix.current = { fix, at: Date.now() };
      setPhone({ lat: fix.lat, lng: fix.lng });
      if (geofenceSent.current || !insideGeofence(fix, site, GEOFENCE.radiusM, GEOFENCE.maxAccuracyM)) return;
      geofenceSent.current = true;
      sendCheckIn({ sessionId, charger_id: chargerId, lat: fix.lat, lng: fix.lng, accuracy_m: fix.accuracy_m, source: 'phone_geofence' });
    });
  }, [awaiting, site, chargerId, sessionId, sendCheckIn]);
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
      const at = update.smartcar?.last_location;
      if (at) setTrail((t) => (t.length && t[t.length - 1].lat === at.lat && t[t.length - 1].lng === at.lng ? t : [...t.slice(-59), { lat: at.lat, lng: at.lng }]));
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
  // Colour is asked even when make and model came from the connected car (pre-filled there, still editable).
  if (s.vehicle_required && !vehicleDone) {
    return (
      <VehicleSetupStep onDone={vehicleSaved} />
    );
  }

  const onImHere = () =>
    guard(async () => {
      // The position watch's fix when it is fresh (a second GPS request alongside the watch can time out), else a new one.
      const watched = latestFix.current && Date.now() - latestFix.current.at < 30_000 ? latestFix.current.fix : null;
      const position = watched ?? (await currentPosition(10_000, 0));
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
      onStall={(value) => guard(() => stall.mutateAsync({ sessionId, stall: value }))}
      trail={trail}
      phone={s.smartcar_enabled ? null : phone}
      extras={
        <>
          <ClaimStallOffer session={s} onClaim={(stall) => guard(() => claimStall.mutateAsync({ sessionId, stall }))} />
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
