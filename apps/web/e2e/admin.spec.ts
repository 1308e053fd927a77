import { expect, test } from '@playwright/test';
import { adminCommandAvailable, createAdmin } from './support/admin';
import { screenshotter } from './support/screenshots';

test('operator: admin command → /admin sign-in → live operations → a merchant, a charger and its charge point → the audit log', async ({ page }, testInfo) => {
  test.skip(!adminCommandAvailable, 'needs NERAVA_E2E_DATA_DIR and NERAVA_E2E_ROOT (scripts/web-test.sh sets them)');
  const snap = screenshotter(testInfo);
  const run = Date.now() % 1_000_000;
  const email = `ops-${run}@e2e.nerava.test`;
  const password = `e2e-operator-password-${run}`;
  createAdmin(email, password);

  await page.goto('/admin');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: 'Live operations' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Active sessions' })).toBeVisible();
  await snap(page, 'live-operations');

  await page.getByRole('link', { name: 'Merchants' }).click();
  await page.getByRole('button', { name: 'Add merchant' }).click();
  const merchantName = `E2E Tacos ${run}`;
  await page.getByLabel('Name').fill(merchantName);
  await page.getByLabel('Category').fill('Tacos');
  await page.getByLabel('Address').fill('1 Test St, San Antonio');
  await page.getByRole('button', { name: 'Create merchant' }).click();
  await expect(page.getByRole('link', { name: merchantName })).toBeVisible();
  await snap(page, 'merchant-created');

  await page.getByRole('link', { name: 'Chargers' }).click();
  const chargerId = `e2e-site-${run}`;
  await page.getByLabel('Id (slug)').fill(chargerId);
  await page.getByLabel('Charger name').fill(`E2E Site ${run}`);
  await page.getByLabel('Network').fill('Merchant-hosted (OCPP)');
  await page.getByLabel('Charger address').fill('1 Test St, San Antonio');
  await page.getByRole('button', { name: 'Add charger' }).click();
  const row = page.getByRole('row').filter({ hasText: `E2E Site ${run}` });
  await row.getByRole('button', { name: 'Charge points' }).click();
  const section = page.getByRole('region', { name: `Charge points of ${chargerId}` });
  await expect(section.getByText('No OCPP charge points.')).toBeVisible();
  await section.getByRole('button', { name: 'Register charge point' }).click();
  const issued = section.getByRole('status');
  await expect(issued).toContainText('shown only now');
  await expect(issued).toContainText(/wss?:\/\/.+\/ocpp\/CP-/);
  await expect(section.getByRole('listitem').filter({ hasText: 'stalls 1, 2' })).toBeVisible();
  const key = await issued.locator('p', { hasText: 'Authorization key' }).locator('span').textContent();
  expect(key?.length).toBeGreaterThan(16);
  await snap(page, 'charge-point-key');

  await page.getByRole('link', { name: 'Audit' }).click();
  for (const action of ['merchant.create', 'charger.create', 'charge_point.create']) {
    await expect(page.getByRole('cell', { name: action, exact: true }).first()).toBeVisible();
  }
  // The key shown once is nowhere in the audit log.
  await expect(page.locator('main')).not.toContainText(key!);
  await snap(page, 'audit');
});
