import { Link } from 'react-router';
import { formatDistance } from '@/lib/format';
import type { MerchantSummary } from '../api/types';

const MODE_LABELS: Record<string, string> = { walk_in: 'Walk-in', eat_in_car: 'Eat in car', dine_in: 'Dine in' };

export function MerchantCard({ merchant, chargerId }: { merchant: MerchantSummary; chargerId: string }) {
  const href = `/arrival?merchant_id=${encodeURIComponent(merchant.id)}&charger_id=${encodeURIComponent(chargerId)}`;
  return (
    <article aria-label={merchant.name} className="flex w-72 shrink-0 snap-start flex-col justify-between rounded-xl border border-slate-200 bg-white shadow-sm">
      <div className="p-4">
        <h3 className="font-semibold text-slate-900">{merchant.name}</h3>
        <p className="text-sm text-slate-600">
          {merchant.category}
          {merchant.walk_m != null && ` · ${formatDistance(merchant.walk_m)} walk`}
        </p>
        <p className="text-xs text-slate-500">Ready about {merchant.prep_minutes} min after you arrive</p>
        {merchant.fulfillment_modes?.length > 0 && (
          <p className="mt-1 text-xs text-slate-500">{merchant.fulfillment_modes.map((m) => MODE_LABELS[m] ?? m).join(' · ')}</p>
        )}
      </div>
      <div className="border-t border-slate-100 p-4">
        <Link
          to={href}
          aria-label={`Add EV Arrival at ${merchant.name}`}
          className="block w-full rounded-lg bg-brand-600 px-4 py-2 text-center font-medium text-white hover:bg-brand-700"
        >
          Add EV Arrival →
        </Link>
      </div>
    </article>
  );
}
