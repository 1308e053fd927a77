import type { ArrivalSession, SessionSmartcarStatus } from '@/features/arrival/api/types';
import type { MerchantArrival } from '@/features/merchant-console/api/types';

export function aSession(overrides: Partial<ArrivalSession> = {}): ArrivalSession {
  return {
    session_id: 's-1',
    status: 'awaiting_arrival',
    merchant_id: 'm-1',
    merchant_name: 'Taco Stop',
    charger_id: 'c-1',
    charger_name: 'Pearl Supercharger',
    arrival_type: 'ev_curbside',
    fulfillment_type: 'walk_in',
    order_number: 'A12',
    order_source: 'manual',
    order_total_cents: null,
    driver_estimate_cents: null,
    vehicle: { color: 'Blue', model: 'Tesla Model 3' },
    vehicle_required: false,
    ordering_url: null,
    ordering_instructions: null,
    created_at: '2026-02-06T12:00:00Z',
    expires_at: '2026-02-06T14:00:00Z',
    order_bound_at: '2026-02-06T12:01:00Z',
    geofence_entered_at: null,
    merchant_notified_at: null,
    completed_at: null,
    arrival_source: null,
    smartcar_enabled: false,
    target_soc_percent: null,
    charge_complete_trigger: false,
    eta_minutes: null,
    billable_amount_cents: null,
    total_source: null,
    feedback_rating: null,
    previous_charger_id: null,
    ...overrides,
  };
}

export function aSmartcarStatus(overrides: Partial<SessionSmartcarStatus> = {}): SessionSmartcarStatus {
  return {
    session_id: 's-1',
    smartcar_enabled: true,
    last_location: null,
    eta_minutes: null,
    last_battery: null,
    arrival_detected: false,
    charge_complete: false,
    ...overrides,
  };
}

export function aMerchantArrival(overrides: Partial<MerchantArrival> = {}): MerchantArrival {
  return {
    session_id: 's-1',
    status: 'awaiting_arrival',
    order_number: '101',
    arrival_type: 'ev_curbside',
    fulfillment_type: 'walk_in',
    vehicle: { color: 'Red', model: 'Rivian R1S' },
    charger_name: 'Pearl Supercharger',
    eta_minutes: null,
    distance_band: 'unknown',
    on_site: false,
    charge_complete: false,
    battery_percent: null,
    charge_minutes_to_target: null,
    target_soc_percent: null,
    charge_complete_trigger: false,
    geofence_entered_at: null,
    merchant_notified_at: null,
    completed_at: null,
    merchant_reply_code: null,
    created_at: '2026-02-06T12:00:00Z',
    billable_amount_cents: null,
    driver_estimate_cents: null,
    pos_total_cents: null,
    total_source: null,
    kitchen_fired_at: null,
    canceled_after_fire: false,
    ...overrides,
  };
}
