import { describe, expect, it } from 'vitest';
import { getTokens, setTokens } from '@/lib/token-store';
import { call, jsonResponse, stubFetch } from '@/testing/fetch-mock';
import { getMe } from '../get-me';
import { getMerchantMe } from '../get-merchant-me';
import { logout } from '../logout';
import { merchantLogin } from '../merchant-login';
import { startOtp } from '../start-otp';
import { updateVehicle } from '../update-vehicle';
import { verifyOtp } from '../verify-otp';

const tokenSet = { access_token: 'a', refresh_token: 'r', expires_in: 900, token_type: 'Bearer' };

describe('auth endpoints', () => {
  it.each([
    ['startOtp', () => startOtp({ phone: '+12105550123' }), 'POST', '/v1/auth/otp/start', { phone: '+12105550123' }, undefined],
    ['verifyOtp', () => verifyOtp({ phone: '+12105550123', code: '123456' }), 'POST', '/v1/auth/otp/verify', { phone: '+12105550123', code: '123456' }, undefined],
    ['getMe', () => getMe(), 'GET', '/v1/me', undefined, 'driver'],
    ['updateVehicle', () => updateVehicle({ color: 'Blue', model: 'Model 3' }), 'PUT', '/v1/me/vehicle', { color: 'Blue', model: 'Model 3' }, 'driver'],
    ['merchantLogin', () => merchantLogin({ email: 'e@x.test', password: 'pw' }), 'POST', '/v1/merchant/auth/login', { email: 'e@x.test', password: 'pw' }, undefined],
    ['getMerchantMe', () => getMerchantMe(), 'GET', '/v1/merchant/me', undefined, 'merchant'],
  ] as const)('%s → %s %s', async (_name, run, method, path, body, audience) => {
    setTokens('driver', { ...tokenSet, access_token: 'driver-token' });
    setTokens('merchant', { ...tokenSet, access_token: 'merchant-token' });
    const fetch = stubFetch(jsonResponse(200, {}));
    await run();
    const c = call(fetch);
    expect(c.method).toBe(method);
    expect(c.url).toBe(path);
    expect(c.body).toEqual(body);
    expect(c.headers.Authorization).toBe(audience ? `Bearer ${audience}-token` : undefined);
  });

  it('logout revokes the refresh token and forgets local tokens', async () => {
    setTokens('driver', { ...tokenSet, refresh_token: 'refresh-1' });
    const fetch = stubFetch(new Response(null, { status: 204 }));
    await logout('driver');
    expect(call(fetch)).toMatchObject({ method: 'POST', url: '/v1/auth/logout', body: { refresh_token: 'refresh-1' } });
    expect(getTokens('driver')).toBeNull();
  });
});
