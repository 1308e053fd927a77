import { useId, useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { dollarsToCents } from '@/lib/format';

export type ConfirmFulfilmentFormProps = {
  enabled: boolean;
  onConfirm: (totalCents: number | undefined) => Promise<unknown>;
};

/** "Handed over" with an optional order total in dollars (sent as merchant_reported_total_cents). */
export function ConfirmFulfilmentForm({ enabled, onConfirm }: ConfirmFulfilmentFormProps) {
  const id = useId();
  const [total, setTotal] = useState('');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const cents = dollarsToCents(total);
  const invalid = Number.isNaN(cents);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!enabled || invalid) return;
    setPending(true);
    setError(null);
    try {
      await onConfirm(cents);
    } catch (err) {
      setError(err);
    } finally {
      setPending(false);
    }
  };

  return (
    <form onSubmit={submit} className="mt-2 flex flex-col gap-2">
      {enabled && (
        <div className="flex items-center gap-2">
          <label htmlFor={id} className="text-xs text-slate-700">
            Order total (optional)
          </label>
          <input
            id={id}
            inputMode="decimal"
            placeholder="$0.00"
            value={total}
            onChange={(e) => setTotal(e.target.value)}
            aria-invalid={invalid || undefined}
            className="w-24 rounded border border-slate-300 px-2 py-1 text-sm aria-invalid:border-red-500"
          />
        </div>
      )}
      <Button type="submit" disabled={!enabled || invalid} loading={pending} title={enabled ? undefined : 'Available once the driver arrives'}>
        {enabled ? 'Confirm handed over' : 'Confirm (after arrival)'}
      </Button>
      <ProblemAlert error={error} />
    </form>
  );
}
