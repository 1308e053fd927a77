import { describe, expect, it } from 'vitest';
import { call, jsonResponse, problem, stubFetch } from '@/testing/fetch-mock';
import { apiRequest } from '../api-client';
import { ApiError } from '../api-error';
import { isApiReachable } from '../network-status';
import { getTokens, setTokens } from '../token-store';

const tokens = (access: string, refresh: string) => ({ access_token: access, refresh_token: refresh, expires_in: 900, token_type: 'Bearer' });

describe('apiRequest', () => {
  it('sends JSON with the bearer token of the requested audience', async () => {
    setTokens('driver', tokens('driver-access', 'driver-refresh'));
    setTokens('merchant', tokens('merchant-access', 'merchant-refresh'));
    const fetch = stubFetch(jsonResponse(200, { ok: true }));
    const result = await apiRequest('/v1/x', { method: 'POST', auth: 'merchant', body: { a: 1 }, query: { q: 'z', skip: undefined } });
    expect(result).toEqual({ ok: true });
    const c = call(fetch);
    expect(c.url).toBe('/v1/x?q=z');
    expect(c.method).toBe('POST');
    expect(c.headers.Authorization).toBe('Bearer merchant-access');
    expect(c.headers['Content-Type']).toBe('application/json');
    expect(c.body).toEqual({ a: 1 });
  });

  it('sends no Authorization header for anonymous calls', async () => {
    setTokens('driver', tokens('a', 'r'));
    const fetch = stubFetch(jsonResponse(202, { sent: true }));
    await apiRequest('/v1/auth/otp/start', { method: 'POST', body: { phone: '+1' } });
    expect(call(fetch).headers.Authorization).toBeUndefined();
  });

  it('throws the problem as ApiError', async () => {
    stubFetch(problem(409, 'ACTIVE_SESSION_EXISTS', 'You already have one.', { session_id: 's-9' }));
    const err = await apiRequest('/v1/arrival/create', { method: 'POST' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).error).toBe('ACTIVE_SESSION_EXISTS');
    expect((err as ApiError).problem.session_id).toBe('s-9');
  });

  it('returns undefined for 204', async () => {
    stubFetch(new Response(null, { status: 204 }));
    await expect(apiRequest('/v1/auth/logout', { method: 'POST' })).resolves.toBeUndefined();
  });

  it('on 401 refreshes once, stores the rotated tokens and retries with the new access token', async () => {
    setTokens('driver', tokens('old-access', 'old-refresh'));
    const fetch = stubFetch(problem(401, 'UNAUTHORIZED', 'expired'), jsonResponse(200, tokens('new-access', 'new-refresh')), jsonResponse(200, { id: 'me' }));
    await expect(apiRequest('/v1/me', { auth: 'driver' })).resolves.toEqual({ id: 'me' });
    expect(fetch).toHaveBeenCalledTimes(3);
    const refresh = call(fetch, 1);
    expect(refresh.url).toBe('/v1/auth/refresh');
    expect(refresh.method).toBe('POST');
    expect(refresh.body).toEqual({ refresh_token: 'old-refresh' });
    expect(call(fetch, 2).headers.Authorization).toBe('Bearer new-access');
    expect(getTokens('driver')).toMatchObject({ accessToken: 'new-access', refreshToken: 'new-refresh' });
  });

  it('signs out when the refresh token is rejected, and surfaces the original 401', async () => {
    setTokens('driver', tokens('old-access', 'old-refresh'));
    const fetch = stubFetch(problem(401, 'UNAUTHORIZED', 'expired'), problem(401, 'REFRESH_TOKEN_INVALID', 'nope'));
    const err = await apiRequest('/v1/me', { auth: 'driver' }).catch((e: unknown) => e);
    expect((err as ApiError).status).toBe(401);
    expect(fetch).toHaveBeenCalledTimes(2);
    expect(getTokens('driver')).toBeNull();
  });

  it('shares one refresh between concurrent 401s (the refresh token rotates)', async () => {
    setTokens('driver', tokens('old', 'r1'));
    const fetch = stubFetch(problem(401, 'UNAUTHORIZED', 'x'), problem(401, 'UNAUTHORIZED', 'x'), jsonResponse(200, tokens('new', 'r2')), jsonResponse(200, {}));
    await Promise.all([apiRequest('/v1/a', { auth: 'driver' }), apiRequest('/v1/b', { auth: 'driver' })]);
    const refreshes = fetch.mock.calls.filter(([url]) => url === '/v1/auth/refresh');
    expect(refreshes).toHaveLength(1);
  });

  it('does not try to refresh without a stored token', async () => {
    const fetch = stubFetch(problem(401, 'UNAUTHORIZED', 'x'));
    await expect(apiRequest('/v1/me', { auth: 'driver' })).rejects.toBeInstanceOf(ApiError);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('turns a network failure into ApiError status 0 and flags the API unreachable', async () => {
    stubFetch(new TypeError('Failed to fetch'));
    const err = await apiRequest('/v1/chargers').catch((e: unknown) => e);
    expect((err as ApiError).status).toBe(0);
    expect((err as ApiError).error).toBe('NETWORK_ERROR');
    expect(isApiReachable()).toBe(false);
    stubFetch(jsonResponse(200, []));
    await apiRequest('/v1/chargers');
    expect(isApiReachable()).toBe(true);
  });
});
