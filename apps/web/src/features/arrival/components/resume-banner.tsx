import { Link } from 'react-router';
import { useActiveArrival } from '../api/get-active-arrival';

/** "You have an EV Arrival in progress" — sessions survive reloads and closed tabs. */
export function ResumeBanner() {
  const active = useActiveArrival();
  const session = active.data?.session;
  if (!session) return null;
  return (
    <Link
      to={`/arrival/${encodeURIComponent(session.session_id)}`}
      className="block rounded-xl bg-brand-600 p-4 text-white shadow hover:bg-brand-700"
    >
      <span className="block font-semibold">EV Arrival in progress</span>
      <span className="block text-sm">{session.merchant_name} — resume →</span>
    </Link>
  );
}
