import { expect, test } from '@playwright/test';
import { latestOtp, testPhone } from './support/api';

// The demo merchant next to the San Antonio Supercharger (embedded default's demo data).
const MERCHANT = 'petes-tako-house-sa';
const CHARGER = { id: 'tesla-san-antonio-broadway', lat: 29.43215, lng: -98.4827 };

test('dev outbox: "Reply DONE" answers the merchant text as Twilio would, signed, and the order completes', async ({ page }) => {
  const request = page.request;
  const phone = testPhone();
  const orderNumber = `DEV-${Date.now() % 100000}`;

  // The driver's part, through the API: log in, order, arrive.
  const sentAfter = new Date();
  expect((await request.post('/v1/auth/otp/start', { data: { phone } })).ok()).toBeTruthy();
  const code = await latestOtp(request, phone, sentAfter);
  const tokens = (await (await request.post('/v1/auth/otp/verify', { data: { phone, code } })).json()) as { access_token: string };
  const auth = { Authorization: `Bearer ${tokens.access_token}` };
  await request.put('/v1/me/vehicle', { headers: auth, data: { color: 'Pearl White', model: 'Tesla Model Y' } });
  const created = await request.post('/v1/arrival/create', {
    headers: { ...auth, 'Idempotency-Key': crypto.randomUUID() },
    data: { merchant_id: MERCHANT, charger_id: CHARGER.id, arrival_type: 'ev_curbside', fulfillment_type: 'walk_in', lat: 32.7767, lng: -96.797 },
  });
  expect(created.status(), await created.text()).toBe(201);
  const { session_id: id } = (await created.json()) as { session_id: string };
  expect((await request.put(`/v1/arrival/${id}/order`, { headers: auth, data: { order_number: orderNumber, estimated_total_cents: 2450 } })).ok()).toBeTruthy();
  const arrived = await request.post(`/v1/arrival/${id}/confirm-arrival`, {
    headers: auth,
    data: { charger_id: CHARGER.id, lat: CHARGER.lat, lng: CHARGER.lng, accuracy_m: 12 },
  });
  expect(arrived.ok(), await arrived.text()).toBeTruthy();

  // The merchant's part, from the dev outbox page: no one needs the Twilio token.
  await page.goto('/dev/outbox/view');
  const text = page.getByRole('listitem').filter({ hasText: orderNumber }).filter({ hasText: 'SMS to' });
  const reply = text.getByRole('button', { name: /^Reply DONE \d{4}$/ });
  await expect(reply).toBeVisible({ timeout: 30_000 });
  await reply.click();
  await expect(page.getByRole('status')).toContainText(`Nerava answered (200): Confirmed order ${orderNumber}`);

  const session = (await (await request.get(`/v1/arrival/${id}`, { headers: auth })).json()) as { status: string };
  expect(session.status).toMatch(/^completed/);
});
