import { Page } from '@/components/ui/page';
import { SettingsPage } from '@/features/merchant-console/components/settings-page';

export function MerchantSettingsRoute() {
  return (
    <Page title="Settings">
      <SettingsPage />
    </Page>
  );
}
