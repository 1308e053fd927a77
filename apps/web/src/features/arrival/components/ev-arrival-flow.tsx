import { useState } from 'react';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { Spinner } from '@/components/ui/spinner';
import { useMerchant } from '@/features/catalog/api/get-merchant';
import { useSmartcarStatus } from '@/features/smartcar/api/get-smartcar-status';
import { ApiError } from '@/lib/api-error';
import { capture, DRIVER_EVENTS } from '@/lib/analytics';
import { startingPoint } from '@/lib/geolocation';
import { newId } from '@/lib/ids';
import { useCreateArrival } from '../api/create-arrival';
import { useActiveArrival } from '../api/get-active-arrival';
import { ConfirmationSheet, type ConfirmOptions } from './confirmation-sheet';
import { ModeSelector } from './mode-selector';
import { isFulfillmentType, modeFor } from './modes';

/**
 * /arrival?merchant_id=..&charger_id=..[&mode=..] — choose a mode, confirm, create the session, then hand over
 * to /arrival/:id. `mode` lives in the URL so the Smartcar round trip lands back on the confirmation step.
 * `?merchant=` (the seed's "Add EV Arrival" deep link) is accepted as well.
 */
export function EVArrivalFlow() {
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const merchantId = params.get('merchant_id') ?? params.get('merchant');
  const chargerId = params.get('charger_id') ?? undefined;
  const modeParam = params.get('mode');
  const mode = isFulfillmentType(modeParam) ? modeFor(modeParam) : null;

  const active = useActiveArrival();
  const merchant = useMerchant(merchantId);
  const smartcar = useSmartcarStatus();
  const create = useCreateArrival();
  // One key per attempt: a network retry reuses it, a rejected request gets a new one.
  const [idempotencyKey, setIdempotencyKey] = useState(newId);
  const [locating, setLocating] = useState(false);

  if (active.isPending) return <Spinner label="Checking for an EV Arrival in progress…" />;
  const existing = active.data?.session;
  if (existing) return <Navigate to={`/arrival/${encodeURIComponent(existing.session_id)}`} replace />;
  if (!merchantId) {
    return (
      <p>
        Pick a merchant first. <Link to="/" className="text-brand-600 underline">Find a charger</Link>
      </p>
    );
  }
  if (merchant.isPending) return <Spinner label="Loading merchant…" />;
  if (merchant.error) return <ProblemAlert error={merchant.error} />;
  if (smartcar.isPending) return <Spinner label="Checking your vehicle…" />;

  const setMode = (value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set('mode', value);
    else next.delete('mode');
    setParams(next, { replace: false });
  };

  if (!mode) {
    return <ModeSelector merchantName={merchant.data.name} available={merchant.data.fulfillment_modes} onSelect={(m) => setMode(m.fulfillment_type)} />;
  }

  const returnTo = `/arrival?${params.toString()}`;
  const vehicle = smartcar.data?.vehicle;

  const confirm = async (options: ConfirmOptions) => {
    setLocating(true);
    capture(DRIVER_EVENTS.EV_ARRIVAL_CONFIRM_STARTED, { merchant_id: merchantId });
    // The device's position or the city the driver picked; with neither the server holds the order its default time.
    const position = await startingPoint(8000).finally(() => setLocating(false));
    create.mutate(
      {
        merchant_id: merchantId,
        charger_id: chargerId,
        arrival_type: mode.arrival_type,
        fulfillment_type: mode.fulfillment_type,
        lat: position?.lat,
        lng: position?.lng,
        accuracy_m: position?.source === 'device' ? position.accuracy_m : undefined,
        idempotency_key: idempotencyKey,
        ...options,
      },
      {
        onSuccess: (session) => {
          capture(DRIVER_EVENTS.EV_ARRIVAL_CREATED, { session_id: session.session_id, merchant_id: merchantId, use_smartcar: options.use_smartcar });
          navigate(`/arrival/${encodeURIComponent(session.session_id)}`);
        },
        onError: (err) => {
          if (err instanceof ApiError && err.status !== 0) setIdempotencyKey(newId());
          if (err instanceof ApiError && err.is('SMARTCAR_NOT_CONNECTED')) void smartcar.refetch();
        },
      },
    );
  };

  const activeId = create.error instanceof ApiError && create.error.is('ACTIVE_SESSION_EXISTS') ? create.error.problem.session_id : null;
  return (
    <>
      <ConfirmationSheet
        merchantName={merchant.data.name}
        mode={mode}
        smartcar={{
          connected: !!smartcar.data?.connected,
          needsReconnect: smartcar.data?.needs_reconnect,
          vehicleLabel: vehicle ? `${vehicle.make} ${vehicle.model}` : null,
        }}
        connectHref={`/smartcar/connect?return_to=${encodeURIComponent(returnTo)}`}
        submitting={locating || create.isPending}
        error={create.error}
        onConfirm={(o) => void confirm(o)}
        onBack={() => setMode(null)}
      />
      {typeof activeId === 'string' && (
        <Link to={`/arrival/${encodeURIComponent(activeId)}`} className="text-center font-medium text-brand-600 underline">
          Open your EV Arrival in progress
        </Link>
      )}
    </>
  );
}
