import { Page } from '@/components/ui/page';
import { RequireDriver } from '@/features/auth/components/require-driver';
import { SmartcarConnect } from '@/features/smartcar/components/smartcar-connect';
import { SmartcarError } from '@/features/smartcar/components/smartcar-error';
import { SmartcarSuccess } from '@/features/smartcar/components/smartcar-success';

export function SmartcarConnectRoute() {
  return (
    <RequireDriver>
      <Page title="Smartcar">
        <SmartcarConnect />
      </Page>
    </RequireDriver>
  );
}

export function SmartcarSuccessRoute() {
  return (
    <RequireDriver>
      <Page title="Smartcar">
        <SmartcarSuccess />
      </Page>
    </RequireDriver>
  );
}

export function SmartcarErrorRoute() {
  return (
    <Page title="Smartcar">
      <SmartcarError />
    </Page>
  );
}
