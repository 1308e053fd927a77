import type { ConfirmChoice, MerchantArrival } from '../api/types';
import { ArrivalCard } from './arrival-card';
import { COLUMNS, groupArrivals } from './group-arrivals';

export type BoardViewProps = {
  arrivals: readonly MerchantArrival[];
  highlighted?: ReadonlySet<string>;
  onConfirm: (sessionId: string, choice: ConfirmChoice) => Promise<unknown>;
};

/** The live board: one column per state, "Arrived — fire now" first. */
export function BoardView({ arrivals, highlighted, onConfirm }: BoardViewProps) {
  const groups = groupArrivals(arrivals);
  return (
    <div className="grid grid-cols-1 gap-4 md:grid-cols-3 xl:grid-cols-5">
      {COLUMNS.map((col) => (
        <section key={col.id} aria-labelledby={`col-${col.id}`} data-column={col.id} className="flex flex-col gap-2 rounded-xl bg-slate-100 p-3">
          <h2 id={`col-${col.id}`} className={`font-semibold ${col.id === 'arrived' ? 'text-red-700' : 'text-slate-800'}`}>
            {col.title} <span className="text-slate-500">({groups[col.id].length})</span>
          </h2>
          {groups[col.id].length === 0 && <p className="text-xs text-slate-500">None</p>}
          {groups[col.id].map((a) => (
            <ArrivalCard key={a.session_id} arrival={a} column={col.id} highlighted={highlighted?.has(a.session_id)} onConfirm={onConfirm} />
          ))}
        </section>
      ))}
    </div>
  );
}
