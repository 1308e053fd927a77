import { useParams } from 'react-router';
import { Page } from '@/components/ui/page';
import { AuditPanel } from '@/features/admin/components/audit-panel';
import { BillingPanel } from '@/features/admin/components/billing-panel';
import { ChargersPanel } from '@/features/admin/components/chargers-panel';
import { MerchantDetail } from '@/features/admin/components/merchant-detail';
import { MerchantsPanel } from '@/features/admin/components/merchants-panel';
import { OperationsPanel } from '@/features/admin/components/operations-panel';

export function AdminOperationsRoute() {
  return (
    <Page title="Live operations" wide>
      <OperationsPanel />
    </Page>
  );
}

export function AdminMerchantsRoute() {
  return (
    <Page title="Merchants" wide>
      <MerchantsPanel />
    </Page>
  );
}

export function AdminMerchantRoute() {
  const { merchantId = '' } = useParams();
  return (
    <Page title="Merchant" wide>
      <MerchantDetail merchantId={merchantId} />
    </Page>
  );
}

export function AdminChargersRoute() {
  return (
    <Page title="Chargers" wide>
      <ChargersPanel />
    </Page>
  );
}

export function AdminBillingRoute() {
  return (
    <Page title="Billing" wide>
      <BillingPanel />
    </Page>
  );
}

export function AdminAuditRoute() {
  return (
    <Page title="Audit log" wide>
      <AuditPanel />
    </Page>
  );
}
