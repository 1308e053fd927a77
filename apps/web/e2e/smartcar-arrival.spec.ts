import { expect, test } from '@playwright/test';
import { skipUnlessApiHas, testPhone } from './support/api';
import { bindOrder, driverContext, driverSeesCompletion, loginDriver, loginMerchant, merchantConfirms, openArrivalForMerchant, vehicleIfAsked } from './support/flows';
import { screenshotter } from './support/screenshots';

test('Smartcar EV Arrival: connect → simulated drive → live ETA → arrival → merchant confirm → completion', async ({ browser, baseURL }, testInfo) => {
  test.setTimeout(300_000);
  const snap = screenshotter(testInfo);
  const orderNumber = `SC-${Date.now() % 100000}`;

  const merchantCtx = await browser.newContext({ baseURL });
  const merchantPage = await merchantCtx.newPage();
  const staff = await loginMerchant(merchantPage);

  const driverCtx = await driverContext(browser, baseURL!);
  const page = await driverCtx.newPage();
  await loginDriver(page, testPhone(), snap);
  await skipUnlessApiHas(page, 'GET', '/v1/smartcar/status', 'Smartcar endpoints');
  await skipUnlessApiHas(page, 'POST', '/dev/demo/drive', 'the demo drive endpoint');
  const charger = await openArrivalForMerchant(page, staff.merchant_id, snap);
  await page.getByRole('button', { name: /^Eat in car|^Walk in/ }).first().click();

  // Not connected yet: turning on auto-detect offers Connect.
  await page.getByRole('switch', { name: 'Auto-detect my arrival' }).click();
  await expect(page.getByText('Smartcar not connected.')).toBeVisible();
  await snap(page, 'smartcar-not-connected');
  await page.getByRole('link', { name: 'Connect my car' }).click();
  await expect(page.getByRole('heading', { name: 'Connect your vehicle' })).toBeVisible();
  await snap(page, 'smartcar-connect');
  await page.getByRole('button', { name: 'Connect with Smartcar' }).click();

  // The simulator's consent page: pick the first vehicle and approve.
  await page.waitForURL(/\/smartcar-sim\/oauth\/authorize/);
  const vehicle = page.locator('input[name="vehicle_id"]').first();
  if (await vehicle.count()) await vehicle.check();
  await snap(page, 'smartcar-consent');
  await page.getByRole('button', { name: 'Approve' }).click();

  await page.waitForURL(/\/smartcar-success/);
  await expect(page.getByRole('heading', { name: 'Vehicle connected' })).toBeVisible();
  await snap(page, 'smartcar-success');
  await page.getByRole('link', { name: 'Continue' }).click();

  // Back on the confirmation step with the car connected.
  await expect(page.getByRole('switch', { name: 'Auto-detect my arrival' })).toHaveAttribute('aria-checked', 'true');
  await page.getByRole('button', { name: 'Confirm EV Arrival' }).click();
  await vehicleIfAsked(page);
  await bindOrder(page, orderNumber);
  await expect(page.getByText('Vehicle tracking active')).toBeVisible();

  // Demo panel (embedded default only): drive the simulated car to the charger.
  await page.getByRole('button', { name: 'Start simulated drive' }).click();
  await expect(page.getByText('Simulated drive started — watch the ETA.')).toBeVisible();
  await expect(page.getByTestId('eta')).toHaveText(/\d+ min/, { timeout: 60_000 });
  await snap(page, 'live-eta');

  // Arrival detected from the car, pushed to the page.
  await expect(page.getByText(/Arrival confirmed — merchant notified/)).toBeVisible({ timeout: 180_000 });
  await snap(page, 'arrival-detected');

  // At a merchant-hosted OCPP site the drive ends with the car plugging in at stall 2: the console says who verified it.
  if (/EV Parking/.test(charger.name)) {
    const card = merchantPage.locator('[data-column="arrived"]').getByRole('article', { name: `Order ${orderNumber}` });
    await expect(card.getByText('Verified by charger · stall 2')).toBeVisible({ timeout: 60_000 });
    await snap(merchantPage, 'merchant-verified-by-charger');
  }

  await merchantConfirms(merchantPage, orderNumber, snap);
  await driverSeesCompletion(page, snap);

  await merchantCtx.close();
  await driverCtx.close();
});
