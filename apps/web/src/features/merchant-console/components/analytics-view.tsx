import { Card } from '@/components/ui/card';
import type { AnalyticsPeriod, MerchantAnalytics } from '../api/get-analytics';

const percent = (rate: number | null) => (rate === null ? '—' : `${Math.round(rate * 100)} %`);
const minutes = (m: number | null) => (m === null ? '—' : `${m.toFixed(1)} min`);

/** "+12 %" style change from last week; nothing when either side is unknown. */
export function change(now: number | null, before: number | null, asPoints = false): string {
  if (now === null || before === null) return '';
  const diff = asPoints ? Math.round((now - before) * 100) : now - before;
  if (diff === 0) return 'same as last week';
  const sign = diff > 0 ? '+' : '−';
  return asPoints ? `${sign}${Math.abs(diff)} pts vs last week` : `${sign}${Math.abs(diff).toFixed(1)} vs last week`;
}

function Row({ label, now, before, hint }: { label: string; now: string; before: string; hint: string }) {
  return (
    <tr className="border-t border-slate-100">
      <th scope="row" className="py-2 font-medium">
        {label}
      </th>
      <td data-this-week={label}>{now}</td>
      <td className="text-slate-600">{before}</td>
      <td className="text-xs text-slate-500">{hint}</td>
    </tr>
  );
}

function sources(p: AnalyticsPeriod) {
  const entries = Object.entries(p.by_source);
  return entries.length === 0 ? '—' : entries.map(([s, n]) => `${s} ${n}`).join(', ');
}

/** This week against last week: on-time rate, wait after arrival, arrivals by source. */
export function AnalyticsView({ data }: { data: MerchantAnalytics }) {
  const { this_week: now, last_week: before } = data;
  return (
    <Card>
      <table className="w-full text-left text-sm">
        <thead>
          <tr className="text-xs text-slate-600">
            <th />
            <th>This week</th>
            <th>Last week</th>
            <th />
          </tr>
        </thead>
        <tbody>
          <Row label="Arrivals" now={String(now.arrivals)} before={String(before.arrivals)} hint={change(now.arrivals, before.arrivals)} />
          <Row
            label={`On time (within ${data.on_time_minutes} min)`}
            now={percent(now.on_time_rate)}
            before={percent(before.on_time_rate)}
            hint={change(now.on_time_rate, before.on_time_rate, true)}
          />
          <Row
            label="Average wait after arrival"
            now={minutes(now.average_wait_minutes)}
            before={minutes(before.average_wait_minutes)}
            hint={change(now.average_wait_minutes, before.average_wait_minutes)}
          />
          <Row label="Arrivals by source" now={sources(now)} before={sources(before)} hint="" />
        </tbody>
      </table>
    </Card>
  );
}
