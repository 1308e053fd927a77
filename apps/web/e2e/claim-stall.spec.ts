import { expect, test } from '@playwright/test';
import { apiAs, testPhone } from './support/api';
import { bindOrder, driverContext, loginDriver, loginMerchant, openArrivalForMerchant, vehicleIfAsked } from './support/flows';
import { OcppChargePoint } from './support/ocpp';
import { screenshotter } from './support/screenshots';

type Registered = { charge_point_id: string; authorization_key: string; url: string; stalls: number[] };
type Session = {
  status: string;
  arrival_source: string | null;
  evidence: { stall: number | null } | null;
  charging: { claimed_stall: number | null; offered_stall: number | null } | null;
};

test('a plug-in without the app: “That’s me at stall N” claims it', async ({ browser, baseURL }, testInfo) => {
  const snap = screenshotter(testInfo);
  const merchantCtx = await browser.newContext({ baseURL });
  const staff = await loginMerchant(await merchantCtx.newPage());
  await merchantCtx.close();

  const driverCtx = await driverContext(browser, baseURL!);
  const page = await driverCtx.newPage();
  await loginDriver(page, testPhone(), snap);
  const charger = await openArrivalForMerchant(page, staff.merchant_id, snap);
  await page.getByRole('button', { name: /^Walk in|^Dine in/ }).first().click();
  await page.getByRole('button', { name: 'Confirm (manual check-in)' }).click();
  await vehicleIfAsked(page);
  await bindOrder(page, `E2E-${Date.now() % 100000}`);
  const sessionId = new URL(page.url()).pathname.split('/').pop()!;

  // An OCPP charge point at the session's charger, over a real WebSocket: a cable goes in, no app start.
  const registered = (await (await page.request.post('/dev/ocpp/charge-points', { data: { charger_id: charger.id, connectors: 1 } })).json()) as Registered;
  const stall = registered.stalls[0];
  const point = await OcppChargePoint.connect(registered.url, registered.charge_point_id, registered.authorization_key);
  try {
    await point.call('BootNotification', { chargePointVendor: 'E2E', chargePointModel: 'Bare' });
    await point.call('StatusNotification', { connectorId: 1, errorCode: 'NoError', status: 'Preparing' });

    // The offer reaches the open screen by push (no reload).
    const claim = page.getByRole('button', { name: `That’s me at stall ${stall}` });
    await expect(claim).toBeVisible();
    await snap(page, 'plug-in-offered');
    await claim.click();

    // The only driver expected there arrives from the charger; with another one expected, the claim is kept.
    await expect(page.getByText(/You’ve arrived|Your order is being made/).or(page.getByText(`You said stall ${stall}.`, { exact: false }))).toBeVisible();
    await expect(claim).toBeHidden();
    await snap(page, 'plug-in-claimed');
    const session = await apiAs<Session>(page, 'driver', `/v1/arrival/${sessionId}`);
    expect(session.charging).toMatchObject({ claimed_stall: stall, offered_stall: stall });
    if (session.status !== 'awaiting_arrival') expect([session.arrival_source, session.evidence?.stall]).toEqual(['charger', stall]);
  } finally {
    point.close();
    await driverCtx.close();
  }
});
