import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import type { Charger, RouteCharger } from './types';

export type SearchQuery = { q: string; lat?: number; lng?: number };
export type RouteQuery = { from_lat: number; from_lng: number; to_lat: number; to_lng: number };

/** GET /v1/chargers?q= — the whole catalog by name, city, network or highway; a position only orders by distance. */
export function searchChargers(query: SearchQuery): Promise<Charger[]> {
  return apiRequest<Charger[]>('/v1/chargers', { auth: false, query });
}

/** GET /v1/chargers/along-route — chargers in a corridor from here to the destination, in driving order. */
export function getRouteChargers(query: RouteQuery): Promise<RouteCharger[]> {
  return apiRequest<RouteCharger[]>('/v1/chargers/along-route', { auth: false, query });
}

export const searchQueryOptions = (query: SearchQuery) => queryOptions({ queryKey: ['chargers', 'search', query], queryFn: () => searchChargers(query) });

export function useChargerSearch(query: SearchQuery | null) {
  return useQuery({ ...searchQueryOptions(query ?? { q: '' }), enabled: !!query && query.q.trim().length > 0 });
}

export function useRouteChargers(query: RouteQuery | null) {
  return useQuery({
    queryKey: ['chargers', 'route', query],
    queryFn: () => getRouteChargers(query!),
    enabled: query !== null,
  });
}
