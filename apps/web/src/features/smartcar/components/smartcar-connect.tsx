import { useNavigate, useSearchParams } from 'react-router';
import { Button } from '@/components/ui/button';
import { capture, DRIVER_EVENTS } from '@/lib/analytics';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { useDisconnectSmartcar } from '../api/disconnect-smartcar';
import { useConnectSmartcar } from '../api/get-connect-url';
import { useSmartcarStatus } from '../api/get-smartcar-status';
import { ConnectedVehicle } from './connected-vehicle';
import { rememberReturnTo, safeReturnTo } from './return-to';

/** Explains what we read from the car, then leaves for Smartcar's consent page. */
export function SmartcarConnect() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const returnTo = safeReturnTo(params.get('return_to'));
  const connect = useConnectSmartcar();
  const status = useSmartcarStatus();
  const disconnect = useDisconnectSmartcar();

  const start = () => {
    rememberReturnTo(returnTo);
    capture(DRIVER_EVENTS.SMARTCAR_CONNECT_STARTED, {}, true);
    connect.mutate(undefined, { onSuccess: ({ auth_url }) => window.location.assign(auth_url) });
  };

  return (
    <section aria-labelledby="connect-heading" className="flex flex-col gap-5">
      <div className="text-center">
        <div className="text-4xl" aria-hidden="true">
          🚗
        </div>
        <h2 id="connect-heading" className="text-xl font-semibold">
          Connect your vehicle
        </h2>
        <p className="text-sm text-slate-600">
          Nerava uses your car’s location to time your order — no manual check-in needed.
        </p>
      </div>
      <div className="rounded-lg bg-blue-50 p-4 text-sm text-blue-900">
        <p className="font-medium">What we read:</p>
        <ul className="mt-1 list-inside list-disc">
          <li>Location (to detect your arrival)</li>
          <li>Battery level (for Ready After Charge)</li>
          <li>Make and model (so staff can find you)</li>
        </ul>
        <p className="mt-2 text-xs">Read-only. We never control your vehicle.</p>
      </div>
      {status.data?.connected && <ConnectedVehicle vehicle={status.data.vehicle} onDisconnect={() => disconnect.mutateAsync()} />}
      <ProblemAlert error={connect.error} />
      <Button block onClick={start} loading={connect.isPending}>
        {status.data?.connected ? 'Connect a different car' : 'Connect with Smartcar'}
      </Button>
      <Button variant="ghost" onClick={() => navigate(returnTo)}>
        Skip for now (use manual check-in)
      </Button>
    </section>
  );
}
