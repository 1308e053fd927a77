import { expect, test } from '@playwright/test';
import { testPhone } from './support/api';
import { bindOrder, driverContext, driverSeesCompletion, loginDriver, loginMerchant, merchantConfirms, openArrivalForMerchant, vehicleIfAsked } from './support/flows';
import { screenshotter } from './support/screenshots';

test('manual EV Arrival: I’m here → merchant confirms → completion', async ({ browser, baseURL }, testInfo) => {
  const snap = screenshotter(testInfo);
  const orderNumber = `E2E-${Date.now() % 100000}`;

  // Merchant staff sign in first: the demo account decides which merchant the driver orders from.
  const merchantCtx = await browser.newContext({ baseURL });
  const merchantPage = await merchantCtx.newPage();
  const staff = await loginMerchant(merchantPage);
  await snap(merchantPage, 'merchant-board-empty');

  const driverCtx = await driverContext(browser, baseURL!);
  const page = await driverCtx.newPage();
  await loginDriver(page, testPhone(), snap);
  const charger = await openArrivalForMerchant(page, staff.merchant_id, snap);

  await page.getByRole('button', { name: /^Walk in/ }).click();
  await expect(page.getByRole('heading', { name: 'Confirm EV Arrival' })).toBeVisible();
  await expect(page.getByRole('switch', { name: 'Auto-detect my arrival' })).toHaveAttribute('aria-checked', 'false');
  await snap(page, 'confirm-manual');
  await page.getByRole('button', { name: 'Confirm (manual check-in)' }).click();

  await vehicleIfAsked(page);
  await bindOrder(page, orderNumber);
  await snap(page, 'order-bound');

  // Too far away: the API's TOO_FAR_FROM_CHARGER detail is shown as is.
  await driverCtx.setGeolocation({ latitude: charger.lat + 0.05, longitude: charger.lng });
  await page.getByRole('button', { name: "I'm here" }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'You’re not at the charger yet' });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText(/\d+ ?m/);
  await snap(page, 'too-far');

  // At the charger, with a fix too coarse for the automatic phone geofence (≤ 50 m), so "I'm here" does it.
  await driverCtx.setGeolocation({ latitude: charger.lat, longitude: charger.lng, accuracy: 120 });
  await page.getByRole('button', { name: "I'm here" }).click();
  await expect(page.getByText(/You’ve arrived|Your order is being made/)).toBeVisible();
  await snap(page, 'arrived');

  // The board learns about it by push and offers confirm.
  await merchantConfirms(merchantPage, orderNumber, snap);

  // The driver's screen moves to completion by push.
  await driverSeesCompletion(page, snap);

  await merchantCtx.close();
  await driverCtx.close();
});

test('an active session resumes after a reload', async ({ browser, baseURL }, testInfo) => {
  const snap = screenshotter(testInfo);
  const merchantCtx = await browser.newContext({ baseURL });
  const staff = await loginMerchant(await merchantCtx.newPage());
  await merchantCtx.close();

  const driverCtx = await driverContext(browser, baseURL!);
  const page = await driverCtx.newPage();
  await loginDriver(page, testPhone(), snap);
  await openArrivalForMerchant(page, staff.merchant_id, snap);
  await page.getByRole('button', { name: /^Dine in|^Walk in/ }).first().click();
  await page.getByRole('button', { name: 'Confirm (manual check-in)' }).click();
  await vehicleIfAsked(page);
  const url = page.url();

  await page.goto('/');
  await expect(page.getByRole('link', { name: /EV Arrival in progress/ })).toBeVisible();
  await page.reload();
  await page.getByRole('link', { name: /EV Arrival in progress/ }).click();
  await expect(page).toHaveURL(url);
  await expect(page.getByRole('heading', { name: 'EV Arrival active' })).toBeVisible();

  // Starting another one sends the driver back to the one in progress.
  await page.goto(`/arrival?merchant_id=${staff.merchant_id}`);
  await expect(page).toHaveURL(url);

  await page.getByRole('button', { name: 'Cancel EV Arrival' }).click();
  await page.getByRole('button', { name: 'Yes, cancel' }).click();
  await expect(page.getByText('EV Arrival canceled')).toBeVisible();
  await snap(page, 'canceled');
  await driverCtx.close();
});
