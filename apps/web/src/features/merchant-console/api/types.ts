export type MerchantArrivalStatus =
  | 'pending_order'
  | 'awaiting_arrival'
  | 'arrived'
  | 'merchant_notified'
  | 'completed'
  | 'completed_unbillable'
  | 'expired'
  | 'canceled';

/** How far a driver is, as staff may see it: a band, never a position. */
export type DistanceBand = 'unknown' | 'on_site' | 'under_1_km' | '1_to_5_km' | '5_to_20_km' | 'over_20_km';

export type MerchantArrival = {
  session_id: string;
  status: MerchantArrivalStatus;
  order_number: string | null;
  arrival_type: 'ev_curbside' | 'ev_dine_in';
  fulfillment_type: 'walk_in' | 'eat_in_car' | 'dine_in' | null;
  vehicle: { color: string | null; model: string | null; plate?: string | null } | null;
  charger_name: string | null;
  eta_minutes: number | null;
  distance_band: DistanceBand;
  on_site: boolean;
  charge_complete: boolean;
  battery_percent: number | null;
  charge_minutes_to_target: number | null;
  target_soc_percent: number | null;
  charge_complete_trigger: boolean;
  geofence_entered_at: string | null;
  merchant_notified_at: string | null;
  completed_at: string | null;
  merchant_reply_code: string | null;
  created_at: string;
  billable_amount_cents: number | null;
  /** The driver's own estimate: billed on confirm only when the merchant confirms it or sends no total. */
  driver_estimate_cents: number | null;
  /** The total the merchant's POS reported, when one is connected; it wins over anything typed. */
  pos_total_cents: number | null;
  total_source: string | null;
  kitchen_fired_at: string | null;
  /** The driver canceled after the kitchen was told to fire. */
  canceled_after_fire: boolean;
  /** "Verified by charger · stall 2", its confidence 1–3, and flags when a check-in was contradicted. */
  evidence?: { label: string | null; verified_by: string | null; confidence: number | null; stall: number | null; flags: string[] } | null;
  stall?: string | null;
  /** The charger site, for the card's map (never the driver's position). */
  charger_id?: string | null;
};

/** What a merchant confirms with: the total they know, or the driver's estimate the card showed them. */
export type ConfirmChoice = { merchant_reported_total_cents?: number; confirmed_estimate_cents?: number };

export type MerchantSettings = {
  sms_phone: string | null;
  email: string | null;
  notify_sms: boolean;
  notify_email: boolean;
  prep_minutes: number;
};

export const merchantKeys = {
  arrivals: ['merchant', 'arrivals'] as const,
  settings: ['merchant', 'settings'] as const,
};
