import { Link } from 'react-router';
import { Card } from '@/components/ui/card';

export type ChargerRowProps = { id: string; name: string; address: string; detail?: string; aside?: string };

/** One charger in a list, linking to its merchants. */
export function ChargerRow({ id, name, address, detail, aside }: ChargerRowProps) {
  return (
    <li>
      <Link to={`/chargers/${encodeURIComponent(id)}`} className="block rounded-xl">
        <Card className="hover:border-brand-600">
          <div className="flex items-baseline justify-between gap-2">
            <span className="font-semibold text-slate-900">{name}</span>
            {aside && <span className="shrink-0 text-sm text-slate-600">{aside}</span>}
          </div>
          {detail && <div className="text-sm text-slate-600">{detail}</div>}
          <div className="text-xs text-slate-600">{address}</div>
        </Card>
      </Link>
    </li>
  );
}
