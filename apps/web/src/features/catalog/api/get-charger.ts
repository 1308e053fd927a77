import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import type { ChargerDetail } from './types';

/** GET /v1/chargers/{id} — the charger and the merchants near it. */
export function getCharger(id: string): Promise<ChargerDetail> {
  return apiRequest<ChargerDetail>(`/v1/chargers/${encodeURIComponent(id)}`, { auth: false });
}

export const chargerQueryOptions = (id: string) => queryOptions({ queryKey: ['charger', id], queryFn: () => getCharger(id) });

export function useCharger(id: string | null | undefined) {
  return useQuery({ ...chargerQueryOptions(id ?? ''), enabled: !!id });
}
