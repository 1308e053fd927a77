import { Link, useSearchParams } from 'react-router';
import { recallReturnTo } from './return-to';

const REASONS: Record<string, string> = {
  access_denied: 'You didn’t allow access, so we can’t detect your arrival automatically.',
  invalid_state: 'The connection link expired or was opened twice. Please try again.',
  vehicle_incompatible: 'This vehicle isn’t supported by Smartcar yet.',
  no_vehicles: 'No vehicle was shared.',
};

/** Where the API's OAuth callback lands on failure (?reason=...). */
export function SmartcarError() {
  const [params] = useSearchParams();
  const reason = params.get('reason') ?? 'unknown';
  const returnTo = recallReturnTo();
  return (
    <section aria-labelledby="sc-err" className="flex flex-col gap-4">
      <h2 id="sc-err" className="text-xl font-semibold">
        Couldn’t connect your vehicle
      </h2>
      <div role="alert" className="rounded-lg border border-red-200 bg-red-50 p-3 text-sm text-red-800">
        <p>{REASONS[reason] ?? 'Smartcar couldn’t complete the connection.'}</p>
        <p className="mt-1 text-xs">
          Reason: <code>{reason}</code>
        </p>
      </div>
      <Link
        to={`/smartcar/connect?return_to=${encodeURIComponent(returnTo)}`}
        className="rounded-lg bg-brand-600 px-4 py-2 text-center font-medium text-white hover:bg-brand-700"
      >
        Try again
      </Link>
      <Link to={returnTo} className="text-center text-sm text-slate-700 underline">
        Continue with manual check-in
      </Link>
    </section>
  );
}
