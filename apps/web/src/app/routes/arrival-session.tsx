import { useParams } from 'react-router';
import { Page } from '@/components/ui/page';
import { SessionScreen } from '@/features/arrival/components/session-screen';
import { RequireDriver } from '@/features/auth/components/require-driver';
import { DemoPanel } from '@/features/dev/components/demo-panel';

/** The live session; the app composes the dev demo panel into it (features don't import each other's UI). */
export function ArrivalSessionRoute() {
  const { sessionId = '' } = useParams();
  return (
    <RequireDriver>
      <Page title="EV Arrival">
        <SessionScreen
          key={sessionId}
          sessionId={sessionId}
          extras={(s) =>
            !s.smartcar_enabled || !s.charger_id ? null : s.status === 'pending_order' || s.status === 'awaiting_arrival' ? (
              <DemoPanel chargerId={s.charger_id} />
            ) : s.charge_complete_trigger && !s.kitchen_fired_at && (s.status === 'arrived' || s.status === 'merchant_notified') ? (
              <DemoPanel chargerId={s.charger_id} mode="charge" />
            ) : null
          }
        />
      </Page>
    </RequireDriver>
  );
}
