import { useParams } from 'react-router';
import { Page } from '@/components/ui/page';
import { RequireDriver } from '@/features/auth/components/require-driver';
import { ChargerPage } from '@/features/catalog/components/charger-page';

export function ChargerRoute() {
  const { chargerId = '' } = useParams();
  return (
    <RequireDriver>
      <Page title="Charger">
        <ChargerPage chargerId={chargerId} />
      </Page>
    </RequireDriver>
  );
}
