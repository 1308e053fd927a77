import { describe, expect, it } from 'vitest';
import { call, jsonResponse, stubFetch } from '@/testing/fetch-mock';
import { disconnectSmartcar } from '../disconnect-smartcar';
import { getConnectUrl } from '../get-connect-url';
import { getSmartcarStatus } from '../get-smartcar-status';

describe('smartcar endpoints', () => {
  it.each([
    ['getConnectUrl', () => getConnectUrl(), 'GET', '/v1/smartcar/connect'],
    ['getSmartcarStatus', () => getSmartcarStatus(), 'GET', '/v1/smartcar/status'],
    ['disconnectSmartcar', () => disconnectSmartcar(), 'POST', '/v1/smartcar/disconnect'],
  ] as const)('%s → %s %s', async (_name, run, method, url) => {
    const fetch = stubFetch(jsonResponse(200, {}));
    await run();
    expect(call(fetch)).toMatchObject({ method, url, body: undefined });
  });
});
