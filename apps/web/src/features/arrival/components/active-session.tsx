import type { ReactNode } from 'react';
import { Card } from '@/components/ui/card';
import { LiveIndicator, type LiveState } from '@/components/ui/live-indicator';
import type { LatLng } from '@/components/map/live-map';
import { formatCents, formatTime } from '@/lib/format';
import type { ArrivalSession, SessionSmartcarStatus } from '../api/types';
import { CancelButton } from './cancel-button';
import { ImHereButton } from './im-here-button';
import { modeLabel } from './modes';
import { OrderBindingForm, type BindOrderValues } from './order-binding-form';
import { SessionMap } from './session-map';
import { StallForm } from './stall-form';
import { statusMessage } from './status-message';
import { VehicleTracking } from './vehicle-tracking';

export type ActiveSessionProps = {
  session: ArrivalSession;
  smartcar: SessionSmartcarStatus | null;
  live?: LiveState;
  onBindOrder: (values: BindOrderValues) => Promise<unknown>;
  onImHere: () => Promise<unknown>;
  onCancel: () => Promise<unknown>;
  onStall?: (stall: string) => Promise<unknown>;
  /** Extra panels composed by the app (e.g. the dev demo panel). */
  extras?: ReactNode;
  trail?: LatLng[];
  phone?: LatLng | null;
  /** False in unit tests: the map needs the catalog and a real layout. */
  showMap?: boolean;
};

/** Step 4: the live session. Pure view — data and actions come in as props. */
export function ActiveSession(props: ActiveSessionProps) {
  const { session, smartcar, live, onBindOrder, onImHere, onCancel, onStall, extras, trail = [], phone, showMap = true } = props;
  const message = statusMessage(session, smartcar?.charge_minutes_to_target ?? session.charge_minutes_to_target);
  const beforeArrival = session.status === 'pending_order' || session.status === 'awaiting_arrival';
  const arrived = session.status === 'arrived' || session.status === 'merchant_notified';
  return (
    <section aria-labelledby="session-heading" className="flex flex-col gap-4">
      <div className="flex items-start justify-between gap-2">
        <div>
          <h2 id="session-heading" className="text-lg font-semibold">
            EV Arrival active
          </h2>
          <p className="text-sm text-slate-600">
            {session.merchant_name} · {modeLabel(session.fulfillment_type, session.arrival_type)}
            {session.charger_name && ` · ${session.charger_name}`}
          </p>
        </div>
        {live && <LiveIndicator state={live} />}
      </div>

      <Card aria-live="polite" aria-atomic="true" data-status={session.status}>
        <p className="font-semibold">{message.title}</p>
        <p className="text-sm text-slate-700">{message.body}</p>
        {beforeArrival && session.expires_at && <p className="mt-1 text-xs text-slate-500">Holds until {formatTime(session.expires_at)}.</p>}
      </Card>

      {session.smartcar_enabled && <VehicleTracking session={session} smartcar={smartcar} />}
      {showMap && <SessionMap session={session} smartcar={smartcar} trail={trail} phone={phone} />}

      {session.status === 'pending_order' ? (
        <Card className="flex flex-col gap-3">
          {session.ordering_url && (
            <a href={session.ordering_url} target="_blank" rel="noreferrer" className="font-medium text-brand-600 underline">
              Order from {session.merchant_name} ↗
            </a>
          )}
          {session.ordering_instructions && <p className="text-sm text-slate-600">{session.ordering_instructions}</p>}
          <OrderBindingForm onSubmit={onBindOrder} />
        </Card>
      ) : (
        session.order_number && (
          <Card>
            <p className="text-sm text-slate-600">Order</p>
            <p className="font-semibold">#{session.order_number}</p>
            {session.driver_estimate_cents != null && <p className="text-sm text-slate-600">About {formatCents(session.driver_estimate_cents)}</p>}
          </Card>
        )
      )}

      {beforeArrival && (
        <Card className="flex flex-col gap-2">
          <p className="text-sm text-slate-700">
            {session.status === 'pending_order'
              ? 'Add your order first; then tap “I’m here” when you pull up to the charger.'
              : session.smartcar_enabled
                ? 'Your car should be detected on arrival. If it isn’t, tap when you pull up to the charger.'
                : 'Tap when you pull up to the charger (we also check in automatically while this screen is open).'}
          </p>
          <ImHereButton onImHere={onImHere} disabled={session.status !== 'awaiting_arrival'} />
        </Card>
      )}

      {arrived && onStall && (
        <Card>
          <StallForm stall={session.stall} onSave={onStall} />
        </Card>
      )}

      {extras}
      {beforeArrival && <CancelButton onCancel={onCancel} />}
    </section>
  );
}
