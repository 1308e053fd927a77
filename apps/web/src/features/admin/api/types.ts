export type AdminMerchantCharger = { charger_id: string; charger_name: string; walk_m: number };

export type AdminMerchant = {
  id: string;
  name: string;
  category: string;
  lat: number;
  lng: number;
  address: string;
  prep_minutes: number;
  fulfillment_modes: string[];
  ordering_url: string | null;
  ordering_instructions: string | null;
  sms_phone: string | null;
  email: string | null;
  notify_sms: boolean;
  notify_email: boolean;
  platform_fee_bps: number;
  max_order_cents: number;
  max_fee_cents: number;
  pos_provider: string;
  chargers: AdminMerchantCharger[];
};

export type AdminMerchantInput = Omit<AdminMerchant, 'id' | 'pos_provider' | 'chargers'> & { id?: string };

export type AdminCharger = { id: string; name: string; network: string; lat: number; lng: number; address: string; stalls: number; max_kw: number };

export type AdminChargePoint = {
  charge_point_id: string;
  charger_id: string;
  stalls: number[];
  vendor: string | null;
  model: string | null;
  firmware_version: string | null;
  connected: boolean;
  created_at: string;
  key_issued_at: string | null;
  last_seen_at: string | null;
};

/** A charge point's authorization key: in this one answer only (the server keeps a hash). */
export type AdminChargePointKey = { charge_point_id: string; charger_id: string; authorization_key: string; url: string; stalls: number[] };

export type AdminStaff = {
  id: string;
  merchant_id: string;
  email: string;
  name: string;
  status: 'invited' | 'active' | 'disabled';
  created_at: string;
  disabled_at: string | null;
};

export type AdminPosStatus = { provider: string; configured: boolean; external_id: string | null; updated_at: string | null };

export type BillingStatus = 'pending' | 'invoiced' | 'paid' | 'void';

export type AdminBillingEvent = {
  id: string;
  session_id: string;
  merchant_id: string;
  created_at: string;
  total_cents: number;
  fee_bps: number;
  billable_amount_cents: number;
  total_source: string;
  status: BillingStatus;
  invoiced_at: string | null;
  paid_at: string | null;
  voided_at: string | null;
  void_reason: string | null;
};

export type BillingTotals = {
  merchant_id: string;
  merchant_name: string;
  period: string;
  events: number;
  order_total_cents: number;
  billable_cents: number;
  pending_cents: number;
  invoiced_cents: number;
  paid_cents: number;
  void_cents: number;
};

export type AuditEntry = {
  id: string;
  actor_id: string;
  actor_email: string;
  action: string;
  entity_type: string;
  entity_id: string;
  details: unknown;
  at: string;
};

export type RecentFigure = { count: number; mean_s: number; max_s: number };

export type Operations = {
  sampled_at: string;
  sessions_by_status: Record<string, number>;
  tracked_sessions: number;
  outbox: { channel: string; backlog: number; oldest_pending_age_s: number }[];
  tracking_lag: RecentFigure;
  send_latency: RecentFigure;
  totals: Record<string, number>;
  recent_failures: { id: string; kind: string; channel: string; status: string; attempts: number; last_error: string | null; created_at: string }[];
};

export const adminKeys = {
  me: ['admin', 'me'] as const,
  operations: ['admin', 'operations'] as const,
  merchants: ['admin', 'merchants'] as const,
  merchant: (id: string) => ['admin', 'merchants', id] as const,
  staff: (merchantId: string) => ['admin', 'merchants', merchantId, 'staff'] as const,
  pos: (merchantId: string) => ['admin', 'merchants', merchantId, 'pos'] as const,
  chargers: ['admin', 'chargers'] as const,
  chargePoints: (chargerId: string) => ['admin', 'chargers', chargerId, 'charge-points'] as const,
  billing: (merchantId: string, month: string) => ['admin', 'billing', merchantId, month] as const,
  totals: (month: string) => ['admin', 'billing', 'totals', month] as const,
  audit: ['admin', 'audit'] as const,
};
