import { Page } from '@/components/ui/page';
import { ResumeBanner } from '@/features/arrival/components/resume-banner';
import { RequireDriver } from '@/features/auth/components/require-driver';
import { ChargerFinder } from '@/features/catalog/components/charger-finder';

export function DriverHomeRoute() {
  return (
    <RequireDriver>
      <Page title="Charge and eat">
        <ResumeBanner />
        <ChargerFinder />
      </Page>
    </RequireDriver>
  );
}
