import { expect, type Page } from '@playwright/test';
import { apiAs } from './api';

type Snap = (p: Page, s: string) => Promise<void>;

/** From the confirmation step: turn on auto-detect, connect the simulator's first car, and come back. */
export async function connectCarFromConfirmation(page: Page, snap: Snap) {
  await page.getByRole('switch', { name: 'Auto-detect my arrival' }).click();
  await page.getByRole('link', { name: 'Connect my car' }).click();
  await page.getByRole('button', { name: 'Connect with Smartcar' }).click();
  await page.waitForURL(/\/smartcar-sim\/oauth\/authorize/);
  const vehicle = page.locator('input[name="vehicle_id"]').first();
  if (await vehicle.count()) await vehicle.check();
  await page.getByRole('button', { name: 'Approve' }).click();
  await page.waitForURL(/\/smartcar-success/);
  await snap(page, 'smartcar-connected');
  await page.getByRole('link', { name: 'Continue' }).click();
  await expect(page.getByRole('switch', { name: 'Auto-detect my arrival' })).toHaveAttribute('aria-checked', 'true');
}

/** The driver's connected (simulated) vehicle id. */
export async function connectedVehicleId(page: Page): Promise<string> {
  const status = await apiAs<{ vehicle: { id: string } | null }>(page, 'driver', '/v1/smartcar/status');
  expect(status.vehicle, 'a connected vehicle').not.toBeNull();
  return status.vehicle!.id;
}

/** The simulator's admin API (embedded default only). */
export async function simulator(page: Page, method: 'POST' | 'PATCH' | 'PUT', path: string, data: unknown) {
  const response = await page.request.fetch(`/smartcar-sim/admin/${path}`, { method, data });
  expect(response.ok(), `${method} ${path} → ${response.status()} ${await response.text()}`).toBeTruthy();
}
