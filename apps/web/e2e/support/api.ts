import { expect, test, type APIRequestContext, type Page } from '@playwright/test';

type OutboxMessage = { channel: string; to: string; body: string; created_at: string };

/** The newest texted login code for `phone`, read from the dev outbox (embedded default only). */
export async function latestOtp(request: APIRequestContext, phone: string, after: Date): Promise<string> {
  let code: string | undefined;
  await expect
    .poll(
      async () => {
        const response = await request.get('/dev/outbox');
        if (!response.ok()) return undefined;
        const messages = (await response.json()) as OutboxMessage[];
        const sms = messages.find((m) => m.channel === 'sms' && m.to === phone && new Date(m.created_at).getTime() >= after.getTime() - 5_000);
        code = sms?.body.match(/\b(\d{6})\b/)?.[1];
        return code;
      },
      { message: `an SMS code for ${phone} in /dev/outbox`, timeout: 30_000 },
    )
    .toBeTruthy();
  return code!;
}

/** Calls the API with the token the page stored in localStorage. */
export async function apiAs<T>(page: Page, audience: 'driver' | 'merchant', path: string): Promise<T> {
  const token = await page.evaluate((a) => JSON.parse(localStorage.getItem(`nerava.${a}.tokens`) ?? '{}').accessToken as string, audience);
  const response = await page.request.get(path, { headers: { Authorization: `Bearer ${token}` } });
  expect(response.ok(), `${path} → ${response.status()}`).toBeTruthy();
  return (await response.json()) as T;
}

export type Charger = { id: string; name: string; lat: number; lng: number };
export type MerchantDetail = { id: string; name: string; chargers: { id: string; name: string; lat: number; lng: number }[] };
export type MerchantMe = { merchant_id: string; merchant_name: string };

/**
 * A unique US test number per run, so OTP rate limits and active sessions never collide. The exchange starts with
 * 2–9: login codes go only to numbers libphonenumber calls valid.
 */
export function testPhone(): string {
  const n = 2_000_000 + (Date.now() % 8_000_000);
  return `+1210${n}`;
}

/**
 * The API is written in parallel with this app: while a route is still missing (the API's 404 problem for unknown
 * paths), skip with a clear reason instead of failing the whole suite.
 */
export async function skipUnlessApiHas(page: Page, method: 'GET' | 'POST', path: string, what: string): Promise<void> {
  const token = await page.evaluate(() => JSON.parse(localStorage.getItem('nerava.driver.tokens') ?? '{}').accessToken as string);
  const response = await page.request.fetch(path, { method, headers: { Authorization: `Bearer ${token}` }, data: method === 'POST' ? {} : undefined });
  // Only the API's catch-all "No such endpoint." (404 NOT_FOUND) or a 405 means the route is missing.
  const body = (await response.json().catch(() => ({}))) as { error?: string };
  const missing = response.status() === 405 || (response.status() === 404 && (body.error ?? 'NOT_FOUND') === 'NOT_FOUND');
  const reason = `the API has no ${what} yet (${method} ${path} → ${response.status()})`;
  if (missing) console.log(`[e2e] skipping: ${reason}`);
  test.skip(missing, reason);
}
