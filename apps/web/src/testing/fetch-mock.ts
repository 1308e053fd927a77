import { vi } from 'vitest';

export function jsonResponse(status: number, body?: unknown, contentType = 'application/json'): Response {
  return new Response(body === undefined ? null : JSON.stringify(body), { status, headers: { 'Content-Type': contentType } });
}

export function problem(status: number, error: string, detail: string, extra: Record<string, unknown> = {}): Response {
  return jsonResponse(status, { type: `https://nerava.dev/problems/${error.toLowerCase()}`, title: error, status, error, detail, ...extra }, 'application/problem+json');
}

/** Stubs global fetch; each call takes the next queued response (the last one repeats). */
export function stubFetch(...responses: (Response | (() => Response) | Error)[]) {
  let i = 0;
  const fn = vi.fn(async (_url: string, _init?: RequestInit) => {
    const next = responses[Math.min(i++, responses.length - 1)];
    if (next instanceof Error) throw next;
    return typeof next === 'function' ? next() : next.clone();
  });
  vi.stubGlobal('fetch', fn);
  return fn;
}

export type Call = { url: string; method: string; headers: Record<string, string>; body: unknown };

/** The n-th call of a stubbed fetch, decoded. */
export function call(fn: ReturnType<typeof stubFetch>, n = 0): Call {
  const [url, init] = fn.mock.calls[n] as [string, RequestInit | undefined];
  const body = init?.body ? JSON.parse(String(init.body)) : undefined;
  return { url, method: init?.method ?? 'GET', headers: (init?.headers ?? {}) as Record<string, string>, body };
}
