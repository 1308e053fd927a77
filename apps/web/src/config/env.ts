import { z } from 'zod';

// Checked once at start-up: a bad VITE_API_BASE fails loudly instead of producing odd 404s.
const EnvSchema = z.object({
  VITE_API_BASE: z
    .string()
    .default('')
    .refine((v) => v === '' || /^https?:\/\/[^\s]+$/.test(v), 'VITE_API_BASE must be empty or an http(s) URL')
    .transform((v) => v.replace(/\/+$/, '')),
  DEV: z.boolean().default(false),
});

function parseEnv(raw: Record<string, unknown>) {
  const result = EnvSchema.safeParse(raw);
  if (!result.success) {
    throw new Error(`Invalid environment: ${z.prettifyError(result.error)}`);
  }
  return { apiBase: result.data.VITE_API_BASE, isDev: result.data.DEV };
}

export const env = parseEnv(import.meta.env);

/** Absolute-or-relative URL of an API path ("/v1/..."), honouring VITE_API_BASE. */
export function apiUrl(path: string): string {
  return `${env.apiBase}${path}`;
}
