import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { TextField } from '@/components/ui/text-field';
import { formatCents } from '@/lib/format';
import { exportBillingCsv, useBilling, useBillingTotals, useInvoicePeriod, useSetBillingStatus } from '../api/billing';
import { useAdminMerchants } from '../api/merchants';
import type { BillingStatus } from '../api/types';

/** The next statuses finance may move an event to (the API refuses anything backwards). */
export function nextStatuses(status: BillingStatus): BillingStatus[] {
  switch (status) {
    case 'pending':
      return ['invoiced', 'void'];
    case 'invoiced':
      return ['paid', 'void'];
    default:
      return [];
  }
}

const thisMonth = () => new Date().toISOString().slice(0, 7);

/** Billing for finance: per merchant per month, status moves, CSV export and totals. */
export function BillingPanel() {
  const merchants = useAdminMerchants();
  const [merchantId, setMerchantId] = useState('');
  const [month, setMonth] = useState(thisMonth);
  const events = useBilling(merchantId, month);
  const totals = useBillingTotals(month);
  const move = useSetBillingStatus();
  const invoice = useInvoicePeriod();
  const [exportError, setExportError] = useState<unknown>(null);

  const download = async () => {
    setExportError(null);
    try {
      const blob = await exportBillingCsv(merchantId, month);
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = `nerava-billing-${merchantId}-${month}.csv`;
      a.click();
      URL.revokeObjectURL(url);
    } catch (e) {
      setExportError(e);
    }
  };

  const setStatus = (id: string, status: BillingStatus) => {
    const reason = status === 'void' ? window.prompt('Why void this event?') ?? '' : undefined;
    if (status === 'void' && !reason) return;
    move.mutate({ id, status, reason });
  };

  return (
    <div className="flex flex-col gap-4">
      <Card className="flex flex-wrap items-end gap-3">
        <label className="flex flex-col gap-1 text-sm font-medium text-slate-800">
          Merchant
          <select className="min-h-11 rounded-lg border border-slate-300 px-2" value={merchantId} onChange={(e) => setMerchantId(e.target.value)}>
            <option value="">Choose…</option>
            {merchants.data?.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
          </select>
        </label>
        <TextField label="Month" type="month" value={month} onChange={(e) => setMonth(e.target.value)} />
        <Button variant="secondary" disabled={!merchantId} onClick={download}>
          Export CSV
        </Button>
        <Button variant="secondary" disabled={!merchantId} loading={invoice.isPending} onClick={() => invoice.mutate({ merchantId, month })}>
          Invoice pending
        </Button>
      </Card>
      <ProblemAlert error={exportError ?? move.error ?? invoice.error ?? events.error} />
      {merchantId && (
        <Card>
          <table className="w-full text-left text-sm">
            <thead>
              <tr className="text-xs text-slate-600">
                <th>Date</th>
                <th>Order total</th>
                <th>Fee</th>
                <th>Status</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {events.data?.map((e) => (
                <tr key={e.id} className="border-t border-slate-100">
                  <td>{new Date(e.created_at).toLocaleDateString()}</td>
                  <td>{formatCents(e.total_cents)}</td>
                  <td>{formatCents(e.billable_amount_cents)}</td>
                  <td data-billing-status={e.status}>
                    {e.status}
                    {e.void_reason ? ` (${e.void_reason})` : ''}
                  </td>
                  <td className="flex gap-1">
                    {nextStatuses(e.status).map((s) => (
                      <Button key={s} variant={s === 'void' ? 'danger' : 'secondary'} onClick={() => setStatus(e.id, s)}>
                        Mark {s}
                      </Button>
                    ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {events.data?.length === 0 && <p className="text-sm text-slate-600">No billing events this month.</p>}
        </Card>
      )}
      <Card>
        <h2 className="mb-2 font-semibold">Totals for {month}</h2>
        <table className="w-full text-left text-sm">
          <thead>
            <tr className="text-xs text-slate-600">
              <th>Merchant</th>
              <th>Events</th>
              <th>Billable</th>
              <th>Pending</th>
              <th>Invoiced</th>
              <th>Paid</th>
              <th>Void</th>
            </tr>
          </thead>
          <tbody>
            {totals.data?.map((t) => (
              <tr key={t.merchant_id} className="border-t border-slate-100">
                <td>{t.merchant_name}</td>
                <td>{t.events}</td>
                <td>{formatCents(t.billable_cents)}</td>
                <td>{formatCents(t.pending_cents)}</td>
                <td>{formatCents(t.invoiced_cents)}</td>
                <td>{formatCents(t.paid_cents)}</td>
                <td>{formatCents(t.void_cents)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Card>
    </div>
  );
}
