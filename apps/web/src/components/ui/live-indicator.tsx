export type LiveState = 'connecting' | 'connected' | 'reconnecting' | 'disconnected';

const LABELS: Record<LiveState, string> = {
  connecting: 'Connecting to live updates…',
  connected: 'Live',
  reconnecting: 'Reconnecting to live updates…',
  disconnected: 'Live updates paused',
};

/** A small dot and label; the label is announced politely when it changes. */
export function LiveIndicator({ state }: { state: LiveState }) {
  const color = state === 'connected' ? 'bg-green-500' : state === 'disconnected' ? 'bg-red-500' : 'bg-amber-400';
  return (
    <span className="inline-flex items-center gap-1.5 text-xs text-slate-600" role="status" aria-live="polite">
      <span className={`h-2 w-2 rounded-full ${color}`} aria-hidden="true" />
      {LABELS[state]}
    </span>
  );
}
