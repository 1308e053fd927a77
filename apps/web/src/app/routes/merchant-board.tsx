import { Page } from '@/components/ui/page';
import { MerchantBoard } from '@/features/merchant-console/components/merchant-board';

export function MerchantBoardRoute() {
  return (
    <Page title="Live arrivals" wide>
      <MerchantBoard />
    </Page>
  );
}
