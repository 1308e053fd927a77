import type { ArrivalType, FulfillmentType } from '../api/types';

export type ModeChoice = { fulfillment_type: FulfillmentType; arrival_type: ArrivalType };

export const MODES: readonly (ModeChoice & { label: string; description: string; icon: string })[] = [
  { fulfillment_type: 'walk_in', arrival_type: 'ev_curbside', label: 'Walk in', description: 'Pick it up at the counter — it’s ready as you walk in.', icon: '🚶' },
  { fulfillment_type: 'eat_in_car', arrival_type: 'ev_curbside', label: 'Eat in car', description: 'They bring it out to you at the charger.', icon: '🚗' },
  { fulfillment_type: 'dine_in', arrival_type: 'ev_dine_in', label: 'Dine in', description: 'Your table and food are ready when you arrive.', icon: '🍽️' },
];

/** walk_in and eat_in_car are curbside EV arrivals; dine_in is an EV dine-in. */
export function modeFor(fulfillment: FulfillmentType): ModeChoice {
  return { fulfillment_type: fulfillment, arrival_type: fulfillment === 'dine_in' ? 'ev_dine_in' : 'ev_curbside' };
}

export function isFulfillmentType(value: string | null | undefined): value is FulfillmentType {
  return value === 'walk_in' || value === 'eat_in_car' || value === 'dine_in';
}

export function modeLabel(fulfillment: FulfillmentType | null | undefined, arrival?: ArrivalType): string {
  const mode = MODES.find((m) => m.fulfillment_type === fulfillment);
  if (mode) return mode.label;
  return arrival === 'ev_dine_in' ? 'Dine in' : 'Curbside';
}
