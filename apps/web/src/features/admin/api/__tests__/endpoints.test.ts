import { describe, expect, it } from 'vitest';
import { setTokens } from '@/lib/token-store';
import { call, jsonResponse, problem, stubFetch } from '@/testing/fetch-mock';
import { adminLogin } from '../admin-login';
import { exportBillingCsv, getBilling, getBillingTotals, invoicePeriod, setBillingStatus } from '../billing';
import { getChargePoints, issueChargePointKey, registerChargePoint } from '../charge-points';
import { createAdminCharger, getAdminChargers, linkCharger } from '../chargers';
import { getAudit } from '../get-audit';
import { getOperations } from '../get-operations';
import { getAdminMerchant, getAdminMerchants, saveAdminMerchant } from '../merchants';
import { getPos, setPos } from '../pos';
import { getAdminStaff, inviteStaff, staffAction } from '../staff';

const merchant = {
  name: 'Tacos',
  category: 'Tacos',
  lat: 29.4,
  lng: -98.5,
  address: '1 St',
  prep_minutes: 5,
  fulfillment_modes: ['walk_in'],
  ordering_url: null,
  ordering_instructions: null,
  sms_phone: null,
  email: null,
  notify_sms: false,
  notify_email: false,
  platform_fee_bps: 700,
  max_order_cents: 50_000,
  max_fee_cents: 2_500,
};
const charger = { id: 'c-1', name: 'C', network: 'Tesla', lat: 1, lng: 2, address: 'A', stalls: 4, max_kw: 250 };

describe('admin endpoints', () => {
  it.each([
    ['getOperations', () => getOperations(), 'GET', '/v1/admin/operations', undefined],
    ['getAdminMerchants', () => getAdminMerchants(), 'GET', '/v1/admin/merchants', undefined],
    ['getAdminMerchant', () => getAdminMerchant('m 1'), 'GET', '/v1/admin/merchants/m%201', undefined],
    ['create merchant', () => saveAdminMerchant(merchant), 'POST', '/v1/admin/merchants', merchant],
    ['update merchant', () => saveAdminMerchant(merchant, 'm-1'), 'PUT', '/v1/admin/merchants/m-1', merchant],
    ['getAdminChargers', () => getAdminChargers(), 'GET', '/v1/admin/chargers', undefined],
    ['createAdminCharger', () => createAdminCharger(charger), 'POST', '/v1/admin/chargers', charger],
    ['getChargePoints', () => getChargePoints('c 1'), 'GET', '/v1/admin/chargers/c%201/charge-points', undefined],
    ['registerChargePoint', () => registerChargePoint('c-1', 2), 'POST', '/v1/admin/chargers/c-1/charge-points', { connectors: 2 }],
    ['issueChargePointKey', () => issueChargePointKey('CP-1'), 'POST', '/v1/admin/charge-points/CP-1/key', undefined],
    ['link', () => linkCharger('m-1', 'c-1', 180), 'PUT', '/v1/admin/merchants/m-1/chargers/c-1', { walk_m: 180 }],
    ['unlink', () => linkCharger('m-1', 'c-1', null), 'DELETE', '/v1/admin/merchants/m-1/chargers/c-1', undefined],
    ['getAdminStaff', () => getAdminStaff('m-1'), 'GET', '/v1/admin/merchants/m-1/staff', undefined],
    ['inviteStaff', () => inviteStaff('m-1', { email: 'a@b.c', name: 'Ana' }), 'POST', '/v1/admin/merchants/m-1/staff', { email: 'a@b.c', name: 'Ana' }],
    ['reset', () => staffAction('s-1', 'reset'), 'POST', '/v1/admin/staff/s-1/reset', undefined],
    ['disable', () => staffAction('s-1', 'disable'), 'POST', '/v1/admin/staff/s-1/disable', undefined],
    ['getPos', () => getPos('m-1'), 'GET', '/v1/admin/merchants/m-1/pos', undefined],
    ['setPos', () => setPos('m-1', { provider: 'square', access_token: 'tok-123456' }), 'PUT', '/v1/admin/merchants/m-1/pos', { provider: 'square', access_token: 'tok-123456' }],
    ['getBilling', () => getBilling('m-1', '2026-11'), 'GET', '/v1/admin/billing?merchant_id=m-1&month=2026-11', undefined],
    ['getBillingTotals', () => getBillingTotals('2026-11'), 'GET', '/v1/admin/billing/totals?month=2026-11', undefined],
    ['void', () => setBillingStatus('b-1', 'void', 'dup'), 'POST', '/v1/admin/billing/b-1/status', { status: 'void', reason: 'dup' }],
    ['invoicePeriod', () => invoicePeriod('m-1', '2026-11'), 'POST', '/v1/admin/billing/invoice', { merchant_id: 'm-1', month: '2026-11' }],
    ['getAudit', () => getAudit(50), 'GET', '/v1/admin/audit?limit=50', undefined],
  ] as const)('%s → %s %s with the admin token', async (_name, run, method, url, body) => {
    setTokens('admin', { access_token: 'adm', refresh_token: 'r', expires_in: 900, token_type: 'Bearer' });
    const fetch = stubFetch(jsonResponse(200, {}));
    await run();
    const c = call(fetch);
    expect(c).toMatchObject({ method, url });
    expect(c.body).toEqual(body);
    expect(c.headers.Authorization).toBe('Bearer adm');
  });

  it('logs in anonymously and keeps the admin tokens apart from staff tokens', async () => {
    const fetch = stubFetch(jsonResponse(200, { access_token: 'a', refresh_token: 'r', expires_in: 900, token_type: 'Bearer' }));
    await adminLogin({ email: 'ops@x.test', password: 'pw' });
    expect(call(fetch)).toMatchObject({ method: 'POST', url: '/v1/admin/auth/login', body: { email: 'ops@x.test', password: 'pw' } });
    expect(call(fetch).headers.Authorization).toBeUndefined();
  });

  it('exports CSV with the bearer token and surfaces a problem as an error', async () => {
    setTokens('admin', { access_token: 'adm', refresh_token: 'r', expires_in: 900, token_type: 'Bearer' });
    const fetch = stubFetch(new Response('billing_event_id\r\n', { status: 200, headers: { 'Content-Type': 'text/csv' } }), problem(404, 'MERCHANT_NOT_FOUND', 'No merchant.'));
    const blob = await exportBillingCsv('m-1', '2026-11');
    expect(await blob.text()).toContain('billing_event_id');
    const [url, init] = fetch.mock.calls[0] as [string, RequestInit];
    expect(url).toBe('/v1/admin/billing/export?merchant_id=m-1&month=2026-11');
    expect((init.headers as Record<string, string>).Authorization).toBe('Bearer adm');
    await expect(exportBillingCsv('nope', '2026-11')).rejects.toMatchObject({ error: 'MERCHANT_NOT_FOUND' });
  });
});
