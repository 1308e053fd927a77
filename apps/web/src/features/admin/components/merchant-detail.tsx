import { Card } from '@/components/ui/card';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { Spinner } from '@/components/ui/spinner';
import { useAdminMerchant, useSaveAdminMerchant } from '../api/merchants';
import { LinksSection } from './links-section';
import { MerchantForm } from './merchant-form';
import { PosSection } from './pos-section';
import { StaffSection } from './staff-section';

/** One merchant: settings, fee and caps, chargers, staff and POS. */
export function MerchantDetail({ merchantId }: { merchantId: string }) {
  const merchant = useAdminMerchant(merchantId);
  const save = useSaveAdminMerchant(merchantId);
  if (merchant.error) return <ProblemAlert error={merchant.error} />;
  if (!merchant.data) return <Spinner />;
  return (
    <div className="flex flex-col gap-4">
      <Card>
        <MerchantForm key={merchant.dataUpdatedAt} merchant={merchant.data} onSave={(input) => save.mutate(input, { onSuccess: () => merchant.refetch() })} saving={save.isPending} error={save.error} />
      </Card>
      <Card>
        <LinksSection merchant={merchant.data} />
      </Card>
      <Card>
        <StaffSection merchantId={merchantId} />
      </Card>
      <Card>
        <PosSection merchantId={merchantId} />
      </Card>
    </div>
  );
}
