import { useId, useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { dollarsToCents, formatCents } from '@/lib/format';
import type { ConfirmChoice } from '../api/types';

export type ConfirmFulfilmentFormProps = {
  enabled: boolean;
  /** The driver's estimate, shown so a confirm never bills it without the merchant seeing it. */
  estimateCents?: number | null;
  /** The POS total, when the merchant's POS knew the order; it is what gets billed. */
  posTotalCents?: number | null;
  onConfirm: (choice: ConfirmChoice) => Promise<unknown>;
};

/**
 * "Handed over", and what it bills: a typed total (merchant_reported_total_cents), else the POS total, else the
 * driver's estimate, which the card shows and the button states ("Confirm $24.50", sent as confirmed_estimate_cents).
 */
export function ConfirmFulfilmentForm({ enabled, estimateCents, posTotalCents, onConfirm }: ConfirmFulfilmentFormProps) {
  const id = useId();
  const [total, setTotal] = useState('');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const cents = dollarsToCents(total);
  const invalid = Number.isNaN(cents);
  const typed = cents !== undefined && !invalid ? cents : undefined;
  const amount = typed ?? posTotalCents ?? estimateCents ?? undefined;
  const choice: ConfirmChoice =
    typed !== undefined ? { merchant_reported_total_cents: typed } : posTotalCents == null && estimateCents != null ? { confirmed_estimate_cents: estimateCents } : {};

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!enabled || invalid) return;
    setPending(true);
    setError(null);
    try {
      await onConfirm(choice);
    } catch (err) {
      setError(err);
    } finally {
      setPending(false);
    }
  };

  return (
    <form onSubmit={submit} className="mt-2 flex flex-col gap-2">
      {enabled && (
        <>
          {typed === undefined && posTotalCents != null && <p className="text-xs text-slate-700">POS total: {formatCents(posTotalCents)}</p>}
          {typed === undefined && posTotalCents == null && estimateCents != null && (
            <p className="text-xs text-slate-700">
              Driver’s estimate: <strong>{formatCents(estimateCents)}</strong> — type the real total if it differs.
            </p>
          )}
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
        </>
      )}
      <Button type="submit" disabled={!enabled || invalid} loading={pending} title={enabled ? undefined : 'Available once the driver arrives'}>
        {!enabled ? 'Confirm (after arrival)' : amount !== undefined ? `Confirm ${formatCents(amount)}` : 'Confirm handed over'}
      </Button>
      <ProblemAlert error={error} />
    </form>
  );
}
