import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { setTokens, type TokenResponse } from '@/lib/token-store';

/** POST /v1/merchant/auth/accept-invite — sets the password from a one-time link and signs the staff member in. */
export function acceptInvite(input: { token: string; password: string }): Promise<TokenResponse> {
  return apiRequest<TokenResponse>('/v1/merchant/auth/accept-invite', { method: 'POST', body: input });
}

export function useAcceptInvite() {
  return useMutation({ mutationFn: acceptInvite, onSuccess: (tokens) => setTokens('merchant', tokens) });
}
