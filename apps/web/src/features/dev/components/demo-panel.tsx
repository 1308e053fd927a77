import { Button } from '@/components/ui/button';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { useDevToolsAvailable } from '../api/get-outbox';
import { useStartDemoDrive } from '../api/start-demo-drive';

/** Embedded-default only (GET /dev/outbox answers 200): drive the simulated car to the charger. */
export function DemoPanel({ chargerId }: { chargerId: string }) {
  const available = useDevToolsAvailable();
  const drive = useStartDemoDrive();
  if (!available) return null;
  return (
    <section aria-label="Demo" className="flex flex-col gap-2 rounded-xl border border-dashed border-amber-400 bg-amber-50 p-4">
      <p className="text-sm font-medium text-amber-900">Demo mode</p>
      <p className="text-xs text-amber-900">Drives your simulated car to this charger so you can watch the ETA count down.</p>
      <Button variant="secondary" onClick={() => drive.mutate({ charger_id: chargerId })} loading={drive.isPending}>
        Start simulated drive
      </Button>
      {drive.isSuccess && (
        <p role="status" className="text-sm text-amber-900">
          Simulated drive started — watch the ETA.
        </p>
      )}
      <ProblemAlert error={drive.error} />
    </section>
  );
}
