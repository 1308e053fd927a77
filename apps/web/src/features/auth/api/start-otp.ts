import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';

export type StartOtpInput = { phone: string };
export type StartOtpResult = { sent: boolean; expires_in: number };

/** POST /v1/auth/otp/start — texts a login code (429 OTP_RATE_LIMITED). */
export function startOtp(input: StartOtpInput): Promise<StartOtpResult> {
  return apiRequest<StartOtpResult>('/v1/auth/otp/start', { method: 'POST', body: input });
}

export function useStartOtp() {
  return useMutation({ mutationFn: startOtp });
}
