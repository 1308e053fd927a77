import { useState } from 'react';
import type { ConfirmChoice, MerchantArrival } from '../api/types';
import { ArrivalCard } from './arrival-card';
import { COLUMNS, groupArrivals, isToday } from './group-arrivals';
import { useNow } from './use-now';

export type BoardViewProps = {
  arrivals: readonly MerchantArrival[];
  highlighted?: ReadonlySet<string>;
  merchantId?: string | null;
  onConfirm: (sessionId: string, choice: ConfirmChoice) => Promise<unknown>;
};

/** The live board: one column per state, "Arrived — fire now" first; "Done" shows today, older ones a click away. */
export function BoardView({ arrivals, highlighted, merchantId, onConfirm }: BoardViewProps) {
  const now = useNow();
  const [showOlder, setShowOlder] = useState(false);
  const groups = groupArrivals(arrivals);
  const older = groups.done.filter((a) => !isToday(a, now));
  groups.done = showOlder ? groups.done : groups.done.filter((a) => isToday(a, now));
  return (
    <div className="grid grid-cols-1 gap-4 md:grid-cols-3 xl:grid-cols-5">
      {COLUMNS.map((col) => (
        <section key={col.id} aria-labelledby={`col-${col.id}`} data-column={col.id} className="flex min-w-0 flex-col gap-2 rounded-xl bg-slate-100 p-3">
          <h2 id={`col-${col.id}`} className={`font-semibold ${col.id === 'arrived' ? 'text-red-800' : col.id === 'charging' ? 'text-blue-900' : 'text-slate-800'}`}>
            {col.title} <span className="text-slate-700">({groups[col.id].length})</span>
          </h2>
          {groups[col.id].length === 0 && <p className="text-xs text-slate-700">None</p>}
          {groups[col.id].map((a) => (
            <ArrivalCard key={a.session_id} arrival={a} column={col.id} highlighted={highlighted?.has(a.session_id)} merchantId={merchantId} now={now} onConfirm={onConfirm} />
          ))}
          {col.id === 'done' && older.length > 0 && (
            <button type="button" className="self-start text-xs font-medium text-brand-700 underline" onClick={() => setShowOlder((s) => !s)}>
              {showOlder ? 'Hide older' : `Show older (${older.length})`}
            </button>
          )}
        </section>
      ))}
    </div>
  );
}
