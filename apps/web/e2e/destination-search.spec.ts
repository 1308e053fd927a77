import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/a11y';
import { apiAs, testPhone } from './support/api';
import { bindOrder, loginDriver, snapMap, vehicleIfAsked } from './support/flows';
import { screenshotter } from './support/screenshots';

const DALLAS = { latitude: 32.7767, longitude: -96.797 };

type Session = { session_id: string; created_at: string; expires_at: string; charger_id: string };
type KeptEvent = { event: string; source: string; properties: Record<string, unknown> };

test('from Dallas: search San Antonio, book the Supercharger’s taco place, see it on the map; the funnel is recorded', async ({ browser, baseURL }, testInfo) => {
  const snap = screenshotter(testInfo);
  const orderNumber = `SA-${Date.now() % 100000}`;
  const ctx = await browser.newContext({ baseURL, geolocation: DALLAS, permissions: ['geolocation'] });
  const page = await ctx.newPage();
  await loginDriver(page, testPhone(), snap);

  // Near Dallas only the Dallas charger is "near you"; search finds the whole catalog.
  await expect(page.getByRole('heading', { name: 'Chargers near you' })).toBeVisible();
  await expect(page.getByRole('link', { name: /EVgo/ })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'driver home');
  await snap(page, 'home-dallas');
  await page.getByLabel('Find a charger').fill('San Antonio');
  await page.getByRole('button', { name: 'Search' }).click();
  const result = page.getByRole('link', { name: /Tesla Supercharger – San Antonio Broadway/ });
  await expect(result).toBeVisible();
  await expect(result).toContainText(/\d{3}\.\d km/);
  await snap(page, 'search-results');
  await result.click();

  await expect(page.getByRole('heading', { name: 'Tesla Supercharger – San Antonio Broadway' })).toBeVisible();
  await page.getByRole('link', { name: /Add EV Arrival at Pete/ }).click();
  await page.getByRole('button', { name: /^Walk in/ }).click();
  await page.getByRole('button', { name: 'Confirm (manual check-in)' }).click();
  await vehicleIfAsked(page);
  await bindOrder(page, orderNumber);
  await snap(page, 'session-from-dallas');

  // Held for the ~4 h drive, not the 2 h default: the hold was computed from Dallas.
  const session = await apiAs<Session>(page, 'driver', page.url().replace(/^.*\/arrival\//, '/v1/arrival/'));
  expect(session.charger_id).toBe('tesla-san-antonio-broadway');
  const holdHours = (Date.parse(session.expires_at) - Date.parse(session.created_at)) / 3_600_000;
  expect(holdHours).toBeGreaterThan(4);
  await expect(page.getByText(/Holds until/)).toBeVisible();

  // The live map: the charger, the merchant, the walk between them and the phone's own position.
  const map = page.getByTestId('live-map');
  await expect(map.getByText('Tesla Supercharger – San Antonio Broadway').first()).toBeVisible();
  await expect(map.getByText('You', { exact: true }).first()).toBeVisible();
  await snapMap(page, 'map-dallas-to-san-antonio');
  await expectNoSeriousA11yViolations(page, 'session screen');

  // The funnel: the web app's events (posthog-js → local collector) beside the server's.
  await expect
    .poll(
      async () => {
        const events = (await (await page.request.get('/dev/analytics')).json()) as KeptEvent[];
        const mine = (name: string) => events.some((e) => e.event === name && (e.properties.session_id === undefined || e.properties.session_id === session.session_id));
        return ['EV_ARRIVAL_CONFIRM_STARTED', 'EV_ARRIVAL_CREATED', 'ev_arrival.created', 'ev_arrival.order_bound'].filter((n) => !mine(n));
      },
      { message: 'funnel events in /dev/analytics', timeout: 30_000 },
    )
    .toEqual([]);
  const events = (await (await page.request.get('/dev/analytics')).json()) as KeptEvent[];
  const created = events.find((e) => e.event === 'EV_ARRIVAL_CREATED' && e.properties.session_id === session.session_id);
  expect(created?.source).toBe('web');
  expect(created?.properties.use_smartcar).toBe(false);

  await page.getByRole('button', { name: 'Cancel EV Arrival' }).click();
  await page.getByRole('button', { name: 'Yes, cancel' }).click();
  await expect(page.getByText('EV Arrival canceled')).toBeVisible();
  await ctx.close();
});
