import { Card } from '@/components/ui/card';
import type { Operations } from '../api/types';

const STATUS_LABELS: Record<string, string> = {
  pending_order: 'Waiting for order',
  awaiting_arrival: 'On the way',
  arrived: 'Arrived',
  merchant_notified: 'Kitchen told',
};

function Figure({ label, value, hint }: { label: string; value: string; hint?: string }) {
  return (
    <div className="rounded-lg bg-slate-50 p-3">
      <div className="text-xs text-slate-600">{label}</div>
      <div className="text-2xl font-semibold text-slate-900" data-figure={label}>
        {value}
      </div>
      {hint && <div className="text-xs text-slate-500">{hint}</div>}
    </div>
  );
}

const seconds = (s: number) => (s >= 120 ? `${Math.round(s / 60)} min` : `${s.toFixed(s < 10 ? 1 : 0)} s`);

/** Live operations: the figures /metrics exports, as one screen. */
export function OperationsView({ ops }: { ops: Operations }) {
  const failures = Object.entries(ops.totals).filter(([k]) => k.startsWith('nerava.outbox.send.failures'));
  return (
    <div className="flex flex-col gap-4">
      <Card>
        <h2 className="mb-2 font-semibold">Active sessions</h2>
        <div className="grid grid-cols-2 gap-2 sm:grid-cols-5">
          {Object.entries(ops.sessions_by_status).map(([status, count]) => (
            <Figure key={status} label={STATUS_LABELS[status] ?? status} value={String(count)} />
          ))}
          <Figure label="Tracked by Smartcar" value={String(ops.tracked_sessions)} />
        </div>
      </Card>
      <Card>
        <h2 className="mb-2 font-semibold">Tracking and delivery (last 5 min)</h2>
        <div className="grid grid-cols-2 gap-2 sm:grid-cols-4">
          <Figure label="Tracking lag (mean)" value={seconds(ops.tracking_lag.mean_s)} hint={`${ops.tracking_lag.count} polls, max ${seconds(ops.tracking_lag.max_s)}`} />
          <Figure label="Send latency (mean)" value={seconds(ops.send_latency.mean_s)} hint={`${ops.send_latency.count} sent, max ${seconds(ops.send_latency.max_s)}`} />
          {ops.outbox.map((o) => (
            <Figure key={o.channel} label={`Outbox ${o.channel}`} value={String(o.backlog)} hint={o.backlog > 0 ? `oldest ${seconds(o.oldest_pending_age_s)}` : 'empty'} />
          ))}
        </div>
        {failures.length > 0 && (
          <p className="mt-2 text-xs text-slate-600">
            Send failures since start: {failures.map(([k, v]) => `${k.replace('nerava.outbox.send.failures', '')} ${v}`).join(', ')}
          </p>
        )}
      </Card>
      <Card>
        <h2 className="mb-2 font-semibold">Recent failures</h2>
        {ops.recent_failures.length === 0 ? (
          <p className="text-sm text-slate-600">None.</p>
        ) : (
          <table className="w-full text-left text-sm">
            <thead>
              <tr className="text-xs text-slate-600">
                <th>Kind</th>
                <th>Channel</th>
                <th>Status</th>
                <th>Attempts</th>
                <th>Error</th>
              </tr>
            </thead>
            <tbody>
              {ops.recent_failures.map((f) => (
                <tr key={f.id} className="border-t border-slate-100">
                  <td>{f.kind}</td>
                  <td>{f.channel}</td>
                  <td>{f.status}</td>
                  <td>{f.attempts}</td>
                  <td className="text-xs text-red-700">{f.last_error}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Card>
      <p className="text-xs text-slate-500">Sampled {new Date(ops.sampled_at).toLocaleTimeString()} · refreshes every 5 s</p>
    </div>
  );
}
