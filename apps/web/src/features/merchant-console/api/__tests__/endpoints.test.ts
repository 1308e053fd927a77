import { describe, expect, it } from 'vitest';
import { setTokens } from '@/lib/token-store';
import { call, jsonResponse, stubFetch } from '@/testing/fetch-mock';
import { confirmFulfilment } from '../confirm-fulfilment';
import { getMerchantArrivals } from '../get-arrivals';
import { getMerchantSettings } from '../get-settings';
import { updateMerchantSettings } from '../update-settings';

const settings = { sms_phone: '+12105550100', email: 'k@x.test', notify_sms: true, notify_email: false, prep_minutes: 12 };

describe('merchant console endpoints', () => {
  it.each([
    ['getMerchantArrivals', () => getMerchantArrivals(), 'GET', '/v1/merchant/arrivals', undefined],
    ['getMerchantArrivals by status', () => getMerchantArrivals('arrived'), 'GET', '/v1/merchant/arrivals?status=arrived', undefined],
    ['confirmFulfilment', () => confirmFulfilment({ sessionId: 's-1', merchant_reported_total_cents: 2350 }), 'POST', '/v1/merchant/arrivals/s-1/confirm', { confirmed: true, merchant_reported_total_cents: 2350 }],
    ['confirmFulfilment without total', () => confirmFulfilment({ sessionId: 's-1' }), 'POST', '/v1/merchant/arrivals/s-1/confirm', { confirmed: true }],
    ['getMerchantSettings', () => getMerchantSettings(), 'GET', '/v1/merchant/settings', undefined],
    ['updateMerchantSettings', () => updateMerchantSettings(settings), 'PUT', '/v1/merchant/settings', settings],
  ] as const)('%s → %s %s with the merchant token', async (_name, run, method, url, body) => {
    setTokens('merchant', { access_token: 'staff', refresh_token: 'r', expires_in: 900, token_type: 'Bearer' });
    const fetch = stubFetch(jsonResponse(200, {}));
    await run();
    const c = call(fetch);
    expect(c).toMatchObject({ method, url });
    expect(c.body).toEqual(body);
    expect(c.headers.Authorization).toBe('Bearer staff');
  });
});
