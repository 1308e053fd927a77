import { Page } from '@/components/ui/page';
import { EVArrivalFlow } from '@/features/arrival/components/ev-arrival-flow';
import { RequireDriver } from '@/features/auth/components/require-driver';

export function ArrivalRoute() {
  return (
    <RequireDriver>
      <Page title="EV Arrival">
        <EVArrivalFlow />
      </Page>
    </RequireDriver>
  );
}
