import { Page } from '@/components/ui/page';
import { ResumeBanner } from '@/features/arrival/components/resume-banner';
import { RequireDriver } from '@/features/auth/components/require-driver';
import { ChargerList } from '@/features/catalog/components/charger-list';

export function DriverHomeRoute() {
  return (
    <RequireDriver>
      <Page title="Charge and eat">
        <ResumeBanner />
        <ChargerList />
      </Page>
    </RequireDriver>
  );
}
