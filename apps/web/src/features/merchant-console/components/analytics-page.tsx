import { useState } from 'react';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { Spinner } from '@/components/ui/spinner';
import { TextField } from '@/components/ui/text-field';
import { useMerchantAnalytics } from '../api/get-analytics';
import { AnalyticsView } from './analytics-view';

/** The console's analytics: how quickly food meets arriving drivers. */
export function AnalyticsPage() {
  const [minutes, setMinutes] = useState(5);
  const analytics = useMerchantAnalytics(minutes);
  return (
    <div className="flex flex-col gap-4">
      <TextField
        label="Counts as on time within (minutes of arrival)"
        type="number"
        min={1}
        max={120}
        value={String(minutes)}
        onChange={(e) => setMinutes(Math.min(120, Math.max(1, Number(e.target.value) || 1)))}
      />
      <ProblemAlert error={analytics.error} />
      {analytics.data ? <AnalyticsView data={analytics.data} /> : !analytics.error && <Spinner />}
    </div>
  );
}
