import { describe, expect, it } from 'vitest';
import { call, jsonResponse, stubFetch } from '@/testing/fetch-mock';
import { getCharger } from '../get-charger';
import { getChargers } from '../get-chargers';
import { getMerchant } from '../get-merchant';
import { getMerchants } from '../get-merchants';

describe('catalog endpoints', () => {
  it.each([
    ['getChargers', () => getChargers({ lat: 29.4241, lng: -98.4936 }), '/v1/chargers?lat=29.4241&lng=-98.4936'],
    ['getChargers with radius', () => getChargers({ lat: 1, lng: 2, radius_m: 5000 }), '/v1/chargers?lat=1&lng=2&radius_m=5000'],
    ['getCharger', () => getCharger('ch 1'), '/v1/chargers/ch%201'],
    ['getMerchants', () => getMerchants('c-1'), '/v1/merchants?charger_id=c-1'],
    ['getMerchants (all)', () => getMerchants(), '/v1/merchants'],
    ['getMerchant', () => getMerchant('m-1'), '/v1/merchants/m-1'],
  ] as const)('%s → GET %s', async (_name, run, url) => {
    const fetch = stubFetch(jsonResponse(200, []));
    await run();
    expect(call(fetch)).toMatchObject({ method: 'GET', url, body: undefined });
  });
});
