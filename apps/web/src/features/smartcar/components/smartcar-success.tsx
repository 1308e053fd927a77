import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Link } from 'react-router';
import { Spinner } from '@/components/ui/spinner';
import { useSmartcarStatus } from '../api/get-smartcar-status';
import { recallReturnTo } from './return-to';

/** Where the API's OAuth callback lands on success. */
export function SmartcarSuccess() {
  const queryClient = useQueryClient();
  useEffect(() => {
    void queryClient.invalidateQueries({ queryKey: ['smartcar', 'status'] });
  }, [queryClient]);
  const status = useSmartcarStatus();
  const vehicle = status.data?.vehicle;
  return (
    <section aria-labelledby="sc-ok" className="flex flex-col items-center gap-4 text-center">
      <div className="text-5xl" aria-hidden="true">
        ✅
      </div>
      <h2 id="sc-ok" className="text-xl font-semibold">
        Vehicle connected
      </h2>
      {status.isPending ? (
        <Spinner label="Loading your vehicle…" />
      ) : (
        <p role="status" className="text-slate-700">
          {vehicle ? `${vehicle.year ?? ''} ${vehicle.make} ${vehicle.model}`.trim() : 'Your car is linked.'} We’ll detect your arrival automatically.
        </p>
      )}
      <Link to={recallReturnTo()} className="w-full rounded-lg bg-brand-600 px-4 py-2 text-center font-medium text-white hover:bg-brand-700">
        Continue
      </Link>
    </section>
  );
}
