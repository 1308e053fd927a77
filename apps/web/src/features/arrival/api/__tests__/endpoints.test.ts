import { describe, expect, it } from 'vitest';
import { setTokens } from '@/lib/token-store';
import { call, jsonResponse, stubFetch } from '@/testing/fetch-mock';
import { bindOrder } from '../bind-order';
import { cancelArrival } from '../cancel-arrival';
import { claimStall } from '../claim-stall';
import { confirmArrival } from '../confirm-arrival';
import { createArrival } from '../create-arrival';
import { getActiveArrival } from '../get-active-arrival';
import { getArrival } from '../get-arrival';
import { getSessionSmartcarStatus } from '../get-session-smartcar-status';
import { sendFeedback } from '../send-feedback';

describe('arrival endpoints', () => {
  it.each([
    ['getArrival', () => getArrival('s-1'), 'GET', '/v1/arrival/s-1', undefined],
    ['getActiveArrival', () => getActiveArrival(), 'GET', '/v1/arrival/active', undefined],
    ['getSessionSmartcarStatus', () => getSessionSmartcarStatus('s-1'), 'GET', '/v1/arrival/s-1/smartcar-status', undefined],
    ['bindOrder', () => bindOrder({ sessionId: 's-1', order_number: 'A12', estimated_total_cents: 1850 }), 'PUT', '/v1/arrival/s-1/order', { order_number: 'A12', estimated_total_cents: 1850 }],
    [
      'confirmArrival',
      () => confirmArrival({ sessionId: 's-1', charger_id: 'c-1', lat: 29.5, lng: -98.5, accuracy_m: 12 }),
      'POST',
      '/v1/arrival/s-1/confirm-arrival',
      { charger_id: 'c-1', lat: 29.5, lng: -98.5, accuracy_m: 12 },
    ],
    ['sendFeedback', () => sendFeedback({ sessionId: 's-1', rating: 'up' }), 'POST', '/v1/arrival/s-1/feedback', { rating: 'up' }],
    ['cancelArrival', () => cancelArrival('s-1'), 'POST', '/v1/arrival/s-1/cancel', undefined],
    ['claimStall', () => claimStall({ sessionId: 's-1', stall: 3 }), 'POST', '/v1/arrival/s-1/claim-stall', { stall: 3 }],
  ] as const)('%s → %s %s', async (_name, run, method, url, body) => {
    setTokens('driver', { access_token: 'tok', refresh_token: 'r', expires_in: 900, token_type: 'Bearer' });
    const fetch = stubFetch(jsonResponse(200, {}));
    await run();
    const c = call(fetch);
    expect(c).toMatchObject({ method, url });
    expect(c.body).toEqual(body);
    expect(c.headers.Authorization).toBe('Bearer tok');
  });

  it('createArrival posts the body and repeats the key as the Idempotency-Key header', async () => {
    const fetch = stubFetch(jsonResponse(201, { session_id: 's-1' }));
    const input = {
      merchant_id: 'm-1',
      charger_id: 'c-1',
      arrival_type: 'ev_curbside' as const,
      fulfillment_type: 'eat_in_car' as const,
      lat: 29.4,
      lng: -98.4,
      idempotency_key: 'key-1',
      use_smartcar: true,
      charge_complete_trigger: true,
      target_soc_percent: 85,
    };
    await createArrival(input);
    const c = call(fetch);
    expect(c).toMatchObject({ method: 'POST', url: '/v1/arrival/create', body: input });
    expect(c.headers['Idempotency-Key']).toBe('key-1');
  });
});
