import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import type { Charger } from './types';

export type ChargersQuery = { lat: number; lng: number; radius_m?: number };

/** GET /v1/chargers?lat=&lng=&radius_m= — nearest first. */
export function getChargers(query: ChargersQuery): Promise<Charger[]> {
  return apiRequest<Charger[]>('/v1/chargers', { auth: 'driver', query });
}

export const chargersQueryOptions = (query: ChargersQuery) =>
  queryOptions({ queryKey: ['chargers', query], queryFn: () => getChargers(query) });

export function useChargers(query: ChargersQuery | null) {
  return useQuery({ ...chargersQueryOptions(query ?? { lat: 0, lng: 0 }), enabled: query !== null });
}
