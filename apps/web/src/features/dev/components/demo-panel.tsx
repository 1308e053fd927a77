import { Button } from '@/components/ui/button';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { useDevToolsAvailable } from '../api/get-outbox';
import { useStartDemoCharge } from '../api/start-demo-charge';
import { useStartDemoDrive } from '../api/start-demo-drive';

/**
 * Embedded-default only (GET /dev/outbox answers 200): drive the simulated car to the charger, or — for Ready After
 * Charge once arrived — charge it, on a fast clock.
 */
export function DemoPanel({ chargerId, mode = 'drive' }: { chargerId: string; mode?: 'drive' | 'charge' }) {
  const available = useDevToolsAvailable();
  const drive = useStartDemoDrive();
  const charge = useStartDemoCharge();
  if (!available) return null;
  const action = mode === 'drive' ? drive : charge;
  return (
    <section aria-label="Demo" className="flex flex-col gap-2 rounded-xl border border-dashed border-amber-400 bg-amber-50 p-4">
      <p className="text-sm font-medium text-amber-900">Demo mode</p>
      <p className="text-xs text-amber-900">
        {mode === 'drive'
          ? 'Drives your simulated car to this charger so you can watch the ETA count down.'
          : 'Plugs your simulated car in and charges it fast, so you can watch the order start at your target.'}
      </p>
      <Button variant="secondary" onClick={() => (mode === 'drive' ? drive.mutate({ charger_id: chargerId }) : charge.mutate())} loading={action.isPending}>
        {mode === 'drive' ? 'Start simulated drive' : 'Start simulated charge'}
      </Button>
      {action.isSuccess && (
        <p role="status" className="text-sm text-amber-900">
          {mode === 'drive' ? 'Simulated drive started — watch the ETA.' : 'Simulated charge started — watch the battery.'}
        </p>
      )}
      <ProblemAlert error={action.error} />
    </section>
  );
}
