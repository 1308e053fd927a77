import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { setTokens, type TokenResponse } from '@/lib/token-store';

export type AdminLoginInput = { email: string; password: string };

/** POST /v1/admin/auth/login — admin tokens (401 INVALID_CREDENTIALS, 429 LOGIN_LOCKED or LOGIN_RATE_LIMITED). */
export function adminLogin(input: AdminLoginInput): Promise<TokenResponse> {
  return apiRequest<TokenResponse>('/v1/admin/auth/login', { method: 'POST', body: input });
}

export function useAdminLogin() {
  return useMutation({ mutationFn: adminLogin, onSuccess: (tokens) => setTokens('admin', tokens) });
}
