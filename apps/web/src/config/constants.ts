/** Starting points a driver can pick when the browser will not share its position (never assumed silently). */
export const CITIES = [
  { label: 'Dallas, TX', lat: 32.7767, lng: -96.797 },
  { label: 'Fort Worth, TX', lat: 32.7555, lng: -97.3308 },
  { label: 'Waco, TX', lat: 31.5493, lng: -97.1467 },
  { label: 'Temple, TX', lat: 31.0982, lng: -97.3428 },
  { label: 'Round Rock, TX', lat: 30.5083, lng: -97.6789 },
  { label: 'Austin, TX', lat: 30.2672, lng: -97.7431 },
  { label: 'San Marcos, TX', lat: 29.8833, lng: -97.9414 },
  { label: 'New Braunfels, TX', lat: 29.703, lng: -98.1245 },
  { label: 'San Antonio, TX', lat: 29.4241, lng: -98.4936 },
  { label: 'Houston, TX', lat: 29.7604, lng: -95.3698 },
] as const;

/** The phone geofence: a fix this close to the charger (after its accuracy) sends a phone_geofence check-in. */
export const GEOFENCE = { radiusM: 250, maxAccuracyM: 50 } as const;

export const DEMO_MERCHANT_ACCOUNT = { email: 'staff@demo.nerava.test', password: 'demo-password-1' } as const;

export const TARGET_SOC = { min: 50, max: 100, default: 80 } as const;

/** The merchant board treats a session this close (in minutes) as "arriving soon". */
export const ARRIVING_SOON_MINUTES = 10;
