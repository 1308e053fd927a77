import { expect, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { apiAs, latestOtp, type Charger, type MerchantDetail, type MerchantMe } from './api';

export const SAN_ANTONIO = { latitude: 29.4241, longitude: -98.4936 };
const DEMO_STAFF = { email: 'staff@demo.nerava.test', password: 'demo-password-1' };

export async function driverContext(browser: Browser, baseURL: string): Promise<BrowserContext> {
  return browser.newContext({ baseURL, geolocation: SAN_ANTONIO, permissions: ['geolocation'] });
}

/** Phone login with the code read from the dev outbox. */
export async function loginDriver(page: Page, phone: string, snap: (p: Page, s: string) => Promise<void>) {
  await page.goto('/login');
  await page.getByLabel('Mobile number').fill(phone);
  const sentAfter = new Date();
  await page.getByRole('button', { name: 'Text me a code' }).click();
  await expect(page.getByRole('link', { name: "Where's my code? (demo: dev outbox)" })).toBeVisible();
  const code = await latestOtp(page.request, phone, sentAfter);
  await page.getByLabel('Code').fill(code);
  await snap(page, 'code-entered');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: 'Charge and eat' })).toBeVisible();
}

/** Staff login in its own browser context; returns the merchant the demo account works for. */
export async function loginMerchant(page: Page): Promise<MerchantMe> {
  await page.goto('/merchant');
  await page.getByLabel('Email').fill(DEMO_STAFF.email);
  await page.getByLabel('Password').fill(DEMO_STAFF.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: 'Live arrivals' })).toBeVisible();
  return apiAs<MerchantMe>(page, 'merchant', '/v1/merchant/me');
}

/**
 * From the driver's home: open the demo merchant's charger (by clicking it in the nearby list when it is there),
 * then "Add EV Arrival →" on that merchant's card. Returns the charger, for its coordinates.
 */
export async function openArrivalForMerchant(page: Page, merchantId: string, snap: (p: Page, s: string) => Promise<void>): Promise<Charger> {
  const merchant = await apiAs<MerchantDetail>(page, 'driver', `/v1/merchants/${merchantId}`);
  expect(merchant.chargers.length, 'the demo merchant has a charger').toBeGreaterThan(0);
  const charger = merchant.chargers[0];
  const listed = page.getByRole('link', { name: new RegExp(escape(charger.name)) });
  await expect(page.getByRole('heading', { name: 'Chargers near you' })).toBeVisible();
  await snap(page, 'home-chargers');
  if (await listed.first().isVisible().catch(() => false)) await listed.first().click();
  else await page.goto(`/chargers/${charger.id}`);
  await expect(page.getByRole('heading', { name: charger.name })).toBeVisible();
  await snap(page, 'charger-merchants');
  await page.getByRole('link', { name: `Add EV Arrival at ${merchant.name}` }).click();
  await expect(page).toHaveURL(/\/arrival\?merchant_id=/);
  return charger;
}

/** Fills the vehicle step if the session asks for it. */
export async function vehicleIfAsked(page: Page) {
  const heading = page.getByRole('heading', { name: 'Help staff find your car' });
  const active = page.getByRole('heading', { name: 'EV Arrival active' });
  await expect(heading.or(active)).toBeVisible();
  if (await heading.isVisible()) {
    await page.getByLabel('Color').fill('Blue');
    const model = page.getByLabel('Make and model');
    if (!(await model.inputValue())) await model.fill('Tesla Model 3');
    await page.getByRole('button', { name: 'Save vehicle' }).click();
    await expect(active).toBeVisible();
  }
}

export async function bindOrder(page: Page, orderNumber: string) {
  await page.getByLabel('Order number').fill(orderNumber);
  await page.getByLabel('Estimated total (optional)').fill('18.50');
  await page.getByRole('button', { name: 'Add order' }).click();
  await expect(page.getByText(`#${orderNumber}`)).toBeVisible();
}

/**
 * The merchant board shows the order under "Arrived — fire now" with the driver's estimate; the confirm button states
 * what will be billed. Confirm it with a typed total.
 */
export async function merchantConfirms(page: Page, orderNumber: string, snap: (p: Page, s: string) => Promise<void>) {
  const card = page.locator('[data-column="arrived"]').getByRole('article', { name: `Order ${orderNumber}` });
  await expect(card).toBeVisible({ timeout: 30_000 });
  await expect(card.getByText(/Driver’s estimate: \$18\.50/)).toBeVisible();
  await expect(card.getByRole('button', { name: 'Confirm $18.50' })).toBeVisible();
  await snap(page, 'merchant-arrived');
  await card.getByLabel('Order total (optional)').fill('19.25');
  await card.getByRole('button', { name: 'Confirm $19.25' }).click();
  await expect(page.locator('[data-column="done"]').getByRole('article', { name: `Order ${orderNumber}` })).toBeVisible();
  await snap(page, 'merchant-done');
}

export async function driverSeesCompletion(page: Page, snap: (p: Page, s: string) => Promise<void>) {
  await expect(page.getByRole('heading', { name: 'Order handed over' })).toBeVisible({ timeout: 30_000 });
  await page.getByRole('button', { name: 'Thumbs up' }).click();
  await expect(page.getByText('Thanks for the feedback!')).toBeVisible();
  await snap(page, 'driver-completed');
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The dev outbox's texts to `to` that mention `text`. */
export async function textsMentioning(page: Page, to: string, text: string): Promise<string[]> {
  const response = await page.request.get(`/dev/outbox?to=${encodeURIComponent(to)}`);
  const messages = (await response.json()) as { body: string }[];
  return messages.map((m) => m.body).filter((b) => b.includes(text));
}

/** Saves a picture of just the map (kept with the other screenshots as a test artifact). */
export async function snapMap(page: Page, file: string) {
  const map = page.getByTestId('live-map');
  await expect(map).toBeVisible();
  await map.screenshot({ path: `test-results/screenshots/${file}.png` });
}
