import { describe, expect, it } from 'vitest';
import { setTokens } from '@/lib/token-store';
import { call, jsonResponse, stubFetch } from '@/testing/fetch-mock';
import { getOutbox } from '../get-outbox';
import { startDemoDrive } from '../start-demo-drive';

describe('dev endpoints', () => {
  it('getOutbox → GET /dev/outbox', async () => {
    const fetch = stubFetch(jsonResponse(200, []));
    await getOutbox();
    expect(call(fetch)).toMatchObject({ method: 'GET', url: '/dev/outbox' });
  });

  it('startDemoDrive → POST /dev/demo/drive {charger_id} as the driver', async () => {
    setTokens('driver', { access_token: 'd', refresh_token: 'r', expires_in: 900, token_type: 'Bearer' });
    const fetch = stubFetch(jsonResponse(202, {}));
    await startDemoDrive({ charger_id: 'c-1' });
    const c = call(fetch);
    expect(c).toMatchObject({ method: 'POST', url: '/dev/demo/drive', body: { charger_id: 'c-1' } });
    expect(c.headers.Authorization).toBe('Bearer d');
  });
});
