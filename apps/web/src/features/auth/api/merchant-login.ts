import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { setTokens, type TokenResponse } from '@/lib/token-store';

export type MerchantLoginInput = { email: string; password: string };

/** POST /v1/merchant/auth/login — staff tokens (401 INVALID_CREDENTIALS). */
export function merchantLogin(input: MerchantLoginInput): Promise<TokenResponse> {
  return apiRequest<TokenResponse>('/v1/merchant/auth/login', { method: 'POST', body: input });
}

export function useMerchantLogin() {
  return useMutation({ mutationFn: merchantLogin, onSuccess: (tokens) => setTokens('merchant', tokens) });
}
