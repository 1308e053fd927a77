export type SessionStatus =
  | 'pending_order'
  | 'awaiting_arrival'
  | 'arrived'
  | 'merchant_notified'
  | 'completed'
  | 'completed_unbillable'
  | 'expired'
  | 'canceled';

export type ArrivalType = 'ev_curbside' | 'ev_dine_in';
export type FulfillmentType = 'walk_in' | 'eat_in_car' | 'dine_in';

export type ArrivalSession = {
  session_id: string;
  status: SessionStatus;
  merchant_id: string;
  merchant_name: string;
  charger_id: string | null;
  charger_name: string | null;
  arrival_type: ArrivalType;
  fulfillment_type: FulfillmentType | null;
  order_number: string | null;
  order_source: string | null;
  order_total_cents: number | null;
  driver_estimate_cents: number | null;
  vehicle: { color: string | null; model: string | null; plate?: string | null } | null;
  vehicle_required: boolean;
  ordering_url: string | null;
  ordering_instructions: string | null;
  created_at: string;
  expires_at: string | null;
  order_bound_at: string | null;
  geofence_entered_at: string | null;
  merchant_notified_at: string | null;
  completed_at: string | null;
  arrival_source: string | null;
  smartcar_enabled: boolean;
  target_soc_percent: number | null;
  charge_complete_trigger: boolean;
  eta_minutes: number | null;
  billable_amount_cents: number | null;
  total_source: string | null;
  feedback_rating: 'up' | 'down' | null;
  /** Set when the driver checked in at a neighbouring charger of the same merchant: the charger the session was made for. */
  previous_charger_id: string | null;
  /** When the kitchen was told to start; null while a Ready After Charge car is still charging. */
  kitchen_fired_at?: string | null;
  /** The stall the driver typed ("7"), for staff; `charging.claimed_stall` is the OCPP one. */
  stall?: string | null;
  charge_minutes_to_target?: number | null;
  /** What the arrival rested on ("Verified by charger · stall 2") and any contradiction flags. */
  evidence?: ArrivalEvidence | null;
  /**
   * Start charging from the app at an OCPP charger; `offered_stall` is a plug-in without idTag at the session's charger
   * that may be this driver's car ("That's me at stall N"), `claimed_stall` the stall the driver said.
   */
  charging?: {
    stall: number | null;
    status: ChargingStatus | null;
    claimed_stall: number | null;
    offered_stall?: number | null;
    offered_at?: string | null;
  } | null;
};

export type ChargingStatus = 'requested' | 'accepted' | 'rejected' | 'failed' | 'started' | 'stopped';

export type ArrivalEvidence = {
  label: string | null;
  verified_by: 'charger' | 'car' | 'phone' | null;
  confidence: number | null;
  stall: number | null;
  items: { source: string; at: string; distance_m: number | null; data_age_seconds: number | null; stall: number | null }[];
  flags: string[];
};

export type SessionSmartcarStatus = {
  session_id: string;
  smartcar_enabled: boolean;
  last_location: { lat: number; lng: number; timestamp: string | null } | null;
  eta_minutes: number | null;
  last_battery: { percent: number; timestamp: string | null } | null;
  arrival_detected: boolean;
  charge_complete: boolean;
  charge_minutes_to_target?: number | null;
  /** "needs_reconnect" when tracking stopped because the car connection failed. */
  connection_issue?: string | null;
};

/** Payload of the SignalR `session_updated` event. */
export type SessionUpdate = { session: ArrivalSession; smartcar: SessionSmartcarStatus | null };

export const ACTIVE_STATUSES: readonly SessionStatus[] = ['pending_order', 'awaiting_arrival', 'arrived', 'merchant_notified'];
export const COMPLETED_STATUSES: readonly SessionStatus[] = ['completed', 'completed_unbillable'];

export const arrivalKeys = {
  active: ['arrival', 'active'] as const,
  session: (id: string) => ['arrival', id] as const,
  smartcar: (id: string) => ['arrival', id, 'smartcar'] as const,
};
