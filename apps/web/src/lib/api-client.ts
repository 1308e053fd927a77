import { apiUrl } from '@/config/env';
import { ApiError, networkError, problemFromResponse } from './api-error';
import { reportApiReachable } from './network-status';
import { clearTokens, getTokens, setTokens, type Audience, type TokenResponse } from './token-store';

export type RequestOptions = {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  body?: unknown;
  /** Whose bearer token to send; false for anonymous calls. */
  auth?: Audience | false;
  query?: Record<string, string | number | boolean | undefined | null>;
  headers?: Record<string, string>;
  signal?: AbortSignal;
};

function buildUrl(path: string, query?: RequestOptions['query']): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') params.set(name, String(value));
  }
  const qs = params.toString();
  return apiUrl(qs ? `${path}?${qs}` : path);
}

async function send(path: string, options: RequestOptions, accessToken?: string): Promise<Response> {
  const headers: Record<string, string> = { Accept: 'application/json, application/problem+json', ...options.headers };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (accessToken) headers.Authorization = `Bearer ${accessToken}`;
  try {
    const response = await fetch(buildUrl(path, options.query), {
      method: options.method ?? 'GET',
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
    reportApiReachable(true);
    return response;
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    reportApiReachable(false);
    throw networkError(cause);
  }
}

async function parse<T>(response: Response): Promise<T> {
  if (!response.ok) throw await problemFromResponse(response);
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

// One refresh at a time per audience: parallel 401s share it (the refresh token rotates, so a second
// concurrent refresh with the old token would fail and sign the user out).
const inflightRefresh = new Map<Audience, Promise<string | null>>();

export function refreshAccessToken(audience: Audience): Promise<string | null> {
  const existing = inflightRefresh.get(audience);
  if (existing) return existing;
  const run = (async () => {
    const tokens = getTokens(audience);
    if (!tokens) return null;
    const response = await send('/v1/auth/refresh', { method: 'POST', body: { refresh_token: tokens.refreshToken } });
    if (!response.ok) {
      // A 401 here means the refresh token is dead: sign out. Anything else (5xx) keeps the tokens.
      if (response.status === 401 || response.status === 400) clearTokens(audience);
      return null;
    }
    const fresh = (await response.json()) as TokenResponse;
    setTokens(audience, fresh);
    return fresh.access_token;
  })().finally(() => inflightRefresh.delete(audience));
  inflightRefresh.set(audience, run);
  return run;
}

/** A usable access token, refreshed first when it expires within 30 s (SignalR's accessTokenFactory uses this). */
export async function freshAccessToken(audience: Audience): Promise<string> {
  const tokens = getTokens(audience);
  if (!tokens) return '';
  if (tokens.expiresAt - Date.now() > 30_000) return tokens.accessToken;
  return (await refreshAccessToken(audience)) ?? '';
}

/**
 * fetch wrapper: JSON in and out, RFC 9457 problems thrown as ApiError, bearer token attached and
 * refreshed once on 401.
 */
export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const audience = options.auth;
  const token = audience ? getTokens(audience)?.accessToken : undefined;
  const response = await send(path, options, token);
  if (response.status === 401 && audience && token) {
    const refreshed = await refreshAccessToken(audience);
    if (refreshed) return parse<T>(await send(path, options, refreshed));
  }
  return parse<T>(response);
}

export { ApiError };
