/** Used when the browser will not share its position. */
export const DEFAULT_POSITION = { lat: 29.4241, lng: -98.4936, label: 'San Antonio, TX' } as const;

export const DEMO_MERCHANT_ACCOUNT = { email: 'staff@demo.nerava.test', password: 'demo-password-1' } as const;

export const TARGET_SOC = { min: 50, max: 100, default: 80 } as const;

/** The merchant board treats a session this close (in minutes) as "arriving soon". */
export const ARRIVING_SOON_MINUTES = 10;
