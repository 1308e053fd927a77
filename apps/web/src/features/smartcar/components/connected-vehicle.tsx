import { Button } from '@/components/ui/button';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { useAsyncAction } from '@/lib/use-async-action';
import type { SmartcarVehicle } from '../api/types';

export type ConnectedVehicleProps = { vehicle: SmartcarVehicle | null; onDisconnect: () => Promise<unknown> };

/** The car already connected, and a way to revoke Nerava's access (tracking stops; "I'm here" still works). */
export function ConnectedVehicle({ vehicle, onDisconnect }: ConnectedVehicleProps) {
  const { run: disconnect, pending, error } = useAsyncAction(onDisconnect);
  const name = vehicle ? [vehicle.year, vehicle.make, vehicle.model].filter(Boolean).join(' ') : 'Your car';

  return (
    <section aria-labelledby="connected-heading" className="flex flex-col gap-2 rounded-lg border border-green-200 bg-green-50 p-4 text-sm">
      <h3 id="connected-heading" className="font-medium text-green-900">
        Connected: {name}
      </h3>
      <p className="text-green-800">Your arrival is detected from the car.</p>
      <ProblemAlert error={error} title="Could not disconnect" />
      <Button variant="ghost" onClick={() => disconnect()} loading={pending}>
        Disconnect this car
      </Button>
    </section>
  );
}
