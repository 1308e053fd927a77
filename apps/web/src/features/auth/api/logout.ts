import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { clearTokens, getTokens, type Audience } from '@/lib/token-store';

/** POST /v1/auth/logout — revokes the refresh token; local tokens are dropped whatever the answer. */
export async function logout(audience: Audience): Promise<void> {
  const tokens = getTokens(audience);
  try {
    if (tokens) await apiRequest<void>('/v1/auth/logout', { method: 'POST', body: { refresh_token: tokens.refreshToken } });
  } finally {
    clearTokens(audience);
  }
}

export function useLogout(audience: Audience) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: () => logout(audience), onSettled: () => queryClient.clear() });
}
