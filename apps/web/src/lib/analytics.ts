import type { PostHog } from 'posthog-js';

/** The seed's driver events (apps/driver/src/analytics DRIVER_EVENTS), names kept as the seed spells them. */
export const DRIVER_EVENTS = {
  SMARTCAR_CONNECT_STARTED: 'SMARTCAR_CONNECT_STARTED',
  EV_ARRIVAL_CONFIRM_STARTED: 'EV_ARRIVAL_CONFIRM_STARTED',
  EV_ARRIVAL_CREATED: 'EV_ARRIVAL_CREATED',
} as const;

type Pending = { event: string; properties: Record<string, unknown>; beacon: boolean };

let client: PostHog | null = null;
let starting = false;
const pending: Pending[] = [];

/**
 * posthog-js to the configured host (the embedded default's local collector, or PostHog). Loaded on demand so the
 * first screen stays small; events captured before it is ready are sent once it is. Analytics never breaks the app.
 */
export async function startAnalytics(config: { host: string; api_key: string }, distinctId?: string | null): Promise<void> {
  if (client || starting) return;
  starting = true;
  try {
    const { default: posthog } = await import('posthog-js');
    const local = config.host.startsWith('/');
    const host = local ? `${window.location.origin}${config.host}` : config.host;
    posthog.init(config.api_key, {
      api_host: host,
      autocapture: false,
      capture_pageview: false,
      capture_pageleave: false,
      disable_session_recording: true,
      disable_surveys: true,
      disable_compression: true,
      disable_external_dependency_loading: true,
      advanced_disable_flags: true,
      request_batching: false,
      persistence: 'localStorage',
      // The local collector keeps everything, headless test browsers included; PostHog itself keeps its bot filter.
      opt_out_useragent_filter: local,
    });
    if (distinctId) posthog.identify(distinctId);
    client = posthog;
    for (const p of pending.splice(0)) send(p);
  } catch (err) {
    // Analytics is best effort: say why it is off, never break the app.
    console.warn('Analytics disabled:', err);
  } finally {
    starting = false;
  }
}

/** Capture a product event. `beacon` for an event right before leaving the page (e.g. to Smartcar's consent page). */
export function capture(event: string, properties: Record<string, unknown> = {}, beacon = false): void {
  const p = { event, properties, beacon };
  if (client) send(p);
  else pending.push(p);
}

function send({ event, properties, beacon }: Pending) {
  try {
    client?.capture(event, properties, beacon ? { transport: 'sendBeacon', send_instantly: true } : { send_instantly: true });
  } catch {
    /* never let analytics break a flow */
  }
}
