/** Whether the last API call got an answer; drives the "network down" banner. */
let apiReachable = true;
const listeners = new Set<() => void>();

export function reportApiReachable(reachable: boolean): void {
  if (reachable === apiReachable) return;
  apiReachable = reachable;
  for (const listener of listeners) listener();
}

export function isApiReachable(): boolean {
  return apiReachable;
}

export function subscribeApiReachable(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
