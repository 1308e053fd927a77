import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiUrl } from '@/config/env';
import { apiRequest, freshAccessToken } from '@/lib/api-client';
import { problemFromResponse } from '@/lib/api-error';
import { adminKeys, type AdminBillingEvent, type BillingStatus, type BillingTotals } from './types';

/** GET /v1/admin/billing?merchant_id=&month= */
export function getBilling(merchantId: string, month: string): Promise<AdminBillingEvent[]> {
  return apiRequest<AdminBillingEvent[]>('/v1/admin/billing', { auth: 'admin', query: { merchant_id: merchantId, month } });
}

/** GET /v1/admin/billing/totals?month= */
export function getBillingTotals(month: string): Promise<BillingTotals[]> {
  return apiRequest<BillingTotals[]>('/v1/admin/billing/totals', { auth: 'admin', query: { month } });
}

/** POST /v1/admin/billing/{id}/status — forward only; void needs a reason. */
export function setBillingStatus(id: string, status: BillingStatus, reason?: string): Promise<AdminBillingEvent> {
  return apiRequest<AdminBillingEvent>(`/v1/admin/billing/${encodeURIComponent(id)}/status`, { method: 'POST', body: { status, reason }, auth: 'admin' });
}

/** POST /v1/admin/billing/invoice — every pending event of the merchant's month becomes invoiced. */
export function invoicePeriod(merchantId: string, month: string): Promise<{ invoiced: number; amount_cents: number }> {
  return apiRequest('/v1/admin/billing/invoice', { method: 'POST', body: { merchant_id: merchantId, month }, auth: 'admin' });
}

/** GET /v1/admin/billing/export — the CSV as a Blob (a download needs the bearer token, so no plain link). */
export async function exportBillingCsv(merchantId: string, month: string): Promise<Blob> {
  const token = await freshAccessToken('admin');
  const query = new URLSearchParams({ merchant_id: merchantId, month });
  const response = await fetch(apiUrl(`/v1/admin/billing/export?${query}`), { headers: { Authorization: `Bearer ${token}` } });
  if (!response.ok) throw await problemFromResponse(response);
  return response.blob();
}

export function useBilling(merchantId: string, month: string) {
  return useQuery({ queryKey: adminKeys.billing(merchantId, month), queryFn: () => getBilling(merchantId, month), enabled: merchantId !== '' });
}

export function useBillingTotals(month: string) {
  return useQuery({ queryKey: adminKeys.totals(month), queryFn: () => getBillingTotals(month) });
}

export function useSetBillingStatus() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, status, reason }: { id: string; status: BillingStatus; reason?: string }) => setBillingStatus(id, status, reason),
    onSuccess: () => client.invalidateQueries({ queryKey: ['admin', 'billing'] }),
  });
}

export function useInvoicePeriod() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ merchantId, month }: { merchantId: string; month: string }) => invoicePeriod(merchantId, month),
    onSuccess: () => client.invalidateQueries({ queryKey: ['admin', 'billing'] }),
  });
}
