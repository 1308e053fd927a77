import { HubConnectionBuilder, LogLevel, type HubConnection } from '@microsoft/signalr';
import { apiUrl } from '@/config/env';
import { freshAccessToken } from '@/lib/api-client';
import type { Audience } from '@/lib/token-store';

export const SESSION_UPDATED = 'session_updated';

/** Backs off to 30 s and never gives up: a phone in a car park loses signal often. */
const retryForever = {
  nextRetryDelayInMilliseconds: (ctx: { previousRetryCount: number }) =>
    Math.min(30_000, [0, 2_000, 5_000, 10_000][ctx.previousRetryCount] ?? 30_000),
};

/**
 * A connection to /hubs/sessions. The access token travels as the `access_token` query parameter
 * (SignalR's convention for WebSockets); accessTokenFactory refreshes it when it is about to expire.
 */
export function createSessionHub(audience: Audience): HubConnection {
  return new HubConnectionBuilder()
    .withUrl(apiUrl('/hubs/sessions'), { accessTokenFactory: () => freshAccessToken(audience) })
    .withAutomaticReconnect(retryForever)
    .configureLogging(LogLevel.Warning)
    .build();
}
