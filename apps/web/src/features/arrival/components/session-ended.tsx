import { Link } from 'react-router';
import { Card } from '@/components/ui/card';

const COPY = {
  expired: { title: 'This EV Arrival expired', body: 'It ran out of time before you arrived. Start a new one whenever you’re ready.' },
  canceled: { title: 'EV Arrival canceled', body: 'Nothing will be prepared.' },
  missing: { title: 'EV Arrival not found', body: 'It may belong to another account or have been removed.' },
} as const;

/** Terminal states other than completion: a message and the way back to the start. */
export function SessionEnded({ reason }: { reason: keyof typeof COPY }) {
  const copy = COPY[reason];
  return (
    <Card role="alert" className="flex flex-col gap-2">
      <p className="font-semibold">{copy.title}</p>
      <p className="text-sm text-slate-700">{copy.body}</p>
      <Link to="/" className="font-medium text-brand-600 underline">
        Back to start
      </Link>
    </Card>
  );
}
