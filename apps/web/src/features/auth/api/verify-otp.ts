import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { setTokens, type TokenResponse } from '@/lib/token-store';

export type VerifyOtpInput = { phone: string; code: string };

/** POST /v1/auth/otp/verify — exchanges the code for driver tokens (401 OTP_INVALID/OTP_EXPIRED/OTP_USED). */
export function verifyOtp(input: VerifyOtpInput): Promise<TokenResponse> {
  return apiRequest<TokenResponse>('/v1/auth/otp/verify', { method: 'POST', body: input });
}

export function useVerifyOtp() {
  return useMutation({
    mutationFn: verifyOtp,
    onSuccess: (tokens) => setTokens('driver', tokens),
  });
}
