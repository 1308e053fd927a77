import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { TextField } from '@/components/ui/text-field';
import { dollarsToCents } from '@/lib/format';

export type BindOrderValues = { order_number: string; estimated_total_cents?: number };

/** Ties the merchant's order number (and an optional estimate) to the session. */
export function OrderBindingForm({ onSubmit }: { onSubmit: (values: BindOrderValues) => Promise<unknown> }) {
  const [orderNumber, setOrderNumber] = useState('');
  const [estimate, setEstimate] = useState('');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const cents = dollarsToCents(estimate);
  const estimateError = Number.isNaN(cents) ? 'Enter an amount like 18.50' : undefined;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!orderNumber.trim() || estimateError) return;
    setPending(true);
    setError(null);
    try {
      await onSubmit({ order_number: orderNumber.trim(), ...(cents !== undefined ? { estimated_total_cents: cents } : {}) });
    } catch (err) {
      setError(err);
    } finally {
      setPending(false);
    }
  };

  return (
    <form onSubmit={submit} aria-label="Add your order" className="flex flex-col gap-3">
      <TextField label="Order number" value={orderNumber} onChange={(e) => setOrderNumber(e.target.value)} required autoComplete="off" />
      <TextField
        label="Estimated total (optional)"
        inputMode="decimal"
        value={estimate}
        onChange={(e) => setEstimate(e.target.value)}
        error={estimateError}
        hint="In dollars, e.g. 18.50"
      />
      <ProblemAlert error={error} />
      <Button type="submit" loading={pending} disabled={!orderNumber.trim() || !!estimateError}>
        Add order
      </Button>
    </form>
  );
}
