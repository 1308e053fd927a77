import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { merchantKeys, type MerchantArrival } from './types';

/** GET /v1/merchant/arrivals?status= — the merchant's sessions. */
export function getMerchantArrivals(status?: string): Promise<MerchantArrival[]> {
  return apiRequest<MerchantArrival[]>('/v1/merchant/arrivals', { auth: 'merchant', query: { status } });
}

// Refetched on every SignalR push (and on reconnect), never on a timer.
export const merchantArrivalsQueryOptions = () =>
  queryOptions({ queryKey: merchantKeys.arrivals, queryFn: () => getMerchantArrivals(), staleTime: Infinity });

export function useMerchantArrivals() {
  return useQuery(merchantArrivalsQueryOptions());
}
