/** Battery level as a labelled meter; the target (Ready After Charge) is marked when set. */
export function BatteryBar({ percent, target }: { percent: number; target?: number | null }) {
  const value = Math.round(percent);
  return (
    <div className="flex items-center justify-between gap-3">
      <span className="text-sm text-slate-700">Battery</span>
      <div className="flex items-center gap-2">
        <div
          role="meter"
          aria-label="Battery"
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={value}
          aria-valuetext={`${value}%${target ? ` of ${target}% target` : ''}`}
          className="relative h-2 w-24 overflow-hidden rounded-full bg-slate-200"
        >
          <div className="h-full bg-green-500 transition-all duration-500" style={{ width: `${Math.min(100, Math.max(0, value))}%` }} />
          {target ? <div className="absolute top-0 h-full w-0.5 bg-slate-700" style={{ left: `${target}%` }} /> : null}
        </div>
        <span className="text-sm font-medium">{value}%</span>
      </div>
    </div>
  );
}
