import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';

export type AnalyticsPeriod = {
  from: string;
  to: string;
  arrivals: number;
  confirmed: number;
  on_time_rate: number | null;
  average_wait_minutes: number | null;
  by_source: Record<string, number>;
};

export type MerchantAnalytics = { on_time_minutes: number; this_week: AnalyticsPeriod; last_week: AnalyticsPeriod };

/** GET /v1/merchant/analytics?on_time_minutes= */
export function getMerchantAnalytics(onTimeMinutes: number): Promise<MerchantAnalytics> {
  return apiRequest<MerchantAnalytics>('/v1/merchant/analytics', { auth: 'merchant', query: { on_time_minutes: onTimeMinutes } });
}

export function useMerchantAnalytics(onTimeMinutes: number) {
  return useQuery({ queryKey: ['merchant', 'analytics', onTimeMinutes], queryFn: () => getMerchantAnalytics(onTimeMinutes) });
}
