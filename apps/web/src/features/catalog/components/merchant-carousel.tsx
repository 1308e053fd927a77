import type { MerchantSummary } from '../api/types';
import { MerchantCard } from './merchant-card';

/** A horizontally scrolling row of merchants; scrolls with the keyboard too (it is focusable). */
export function MerchantCarousel({ merchants, chargerId }: { merchants: MerchantSummary[]; chargerId: string }) {
  if (merchants.length === 0) return <p className="text-slate-600">No merchants near this charger yet.</p>;
  return (
    <ul
      aria-label="Merchants near this charger"
      tabIndex={0}
      className="-mx-4 flex snap-x snap-mandatory scroll-px-4 gap-3 overflow-x-auto px-4 pb-2"
    >
      {merchants.map((m) => (
        <li key={m.id} className="flex">
          <MerchantCard merchant={m} chargerId={chargerId} />
        </li>
      ))}
    </ul>
  );
}
