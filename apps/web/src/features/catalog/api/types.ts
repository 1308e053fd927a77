export type FulfillmentMode = 'walk_in' | 'eat_in_car' | 'dine_in';

export type Charger = {
  id: string;
  name: string;
  network: string;
  lat: number;
  lng: number;
  address: string;
  stalls: number;
  max_kw: number;
  distance_m: number | null;
  highway?: string | null;
};

/** GET /v1/chargers/along-route: in driving order. */
export type RouteCharger = Omit<Charger, 'distance_m'> & { along_route_m: number; off_route_m: number };

export type MerchantSummary = {
  id: string;
  name: string;
  category: string;
  lat: number;
  lng: number;
  address: string;
  prep_minutes: number;
  fulfillment_modes: FulfillmentMode[];
  ordering_url: string | null;
  ordering_instructions?: string | null;
  walk_m?: number | null;
};

export type ChargerDetail = Omit<Charger, 'distance_m'> & { distance_m?: number; merchants: MerchantSummary[] };

export type MerchantDetail = MerchantSummary & {
  chargers: { id: string; name: string; lat: number; lng: number; walk_m: number }[];
};
