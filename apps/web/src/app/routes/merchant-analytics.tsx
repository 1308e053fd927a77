import { Page } from '@/components/ui/page';
import { AnalyticsPage } from '@/features/merchant-console/components/analytics-page';

export function MerchantAnalyticsRoute() {
  return (
    <Page title="Analytics" wide>
      <AnalyticsPage />
    </Page>
  );
}
