import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from './api-client';

export type ClientConfig = {
  map: { tile_url: string | null; attribution: string | null };
  analytics: { host: string; api_key: string } | null;
};

/** GET /v1/client-config — runtime settings from the server's configuration (map tiles, analytics host). */
export const clientConfigQuery = queryOptions({
  queryKey: ['client-config'],
  queryFn: () => apiRequest<ClientConfig>('/v1/client-config', { auth: false }),
  staleTime: Infinity,
});

export function useClientConfig() {
  return useQuery(clientConfigQuery);
}
