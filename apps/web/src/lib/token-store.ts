/**
 * Access/refresh tokens for the two kinds of users, kept in localStorage so a reload keeps you signed in.
 * Drivers, merchant staff and admins are stored apart: one browser can be all three (handy for demos).
 */
export type Audience = 'driver' | 'merchant' | 'admin';

export type TokenResponse = {
  access_token: string;
  refresh_token: string;
  expires_in: number;
  token_type: string;
};

export type StoredTokens = { accessToken: string; refreshToken: string; expiresAt: number };

const key = (audience: Audience) => `nerava.${audience}.tokens`;
const listeners = new Set<() => void>();

function notify() {
  for (const listener of listeners) listener();
}

export function getTokens(audience: Audience): StoredTokens | null {
  try {
    const raw = localStorage.getItem(key(audience));
    if (!raw) return null;
    const parsed = JSON.parse(raw) as StoredTokens;
    return parsed.accessToken && parsed.refreshToken ? parsed : null;
  } catch {
    return null;
  }
}

export function setTokens(audience: Audience, tokens: TokenResponse, now = Date.now()): void {
  const stored: StoredTokens = {
    accessToken: tokens.access_token,
    refreshToken: tokens.refresh_token,
    expiresAt: now + tokens.expires_in * 1000,
  };
  localStorage.setItem(key(audience), JSON.stringify(stored));
  notify();
}

export function clearTokens(audience: Audience): void {
  localStorage.removeItem(key(audience));
  notify();
}

export function subscribeTokens(listener: () => void): () => void {
  listeners.add(listener);
  const onStorage = (e: StorageEvent) => {
    if (e.key?.startsWith('nerava.')) listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}
