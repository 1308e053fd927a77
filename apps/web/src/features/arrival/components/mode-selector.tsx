import type { FulfillmentType } from '../api/types';
import { isFulfillmentType, MODES, modeFor, type ModeChoice } from './modes';

export type ModeSelectorProps = {
  merchantName?: string;
  /** The merchant's fulfillment_modes; empty or unknown means all three. */
  available?: readonly string[];
  selected?: FulfillmentType | null;
  onSelect: (choice: ModeChoice) => void;
};

/** Step 1: how the driver wants their food. */
export function ModeSelector({ merchantName, available, selected, onSelect }: ModeSelectorProps) {
  const known = (available ?? []).filter(isFulfillmentType);
  const offered = known.length > 0 ? MODES.filter((m) => known.includes(m.fulfillment_type)) : MODES;
  return (
    <section aria-labelledby="mode-heading" className="flex flex-col gap-3">
      <h2 id="mode-heading" className="text-lg font-semibold">
        How do you want your food{merchantName ? ` from ${merchantName}` : ''}?
      </h2>
      <p className="text-sm text-slate-600">Nerava times your food to when you arrive or finish charging.</p>
      <ul className="flex flex-col gap-2">
        {offered.map((mode) => (
          <li key={mode.fulfillment_type}>
            <button
              type="button"
              aria-pressed={selected === mode.fulfillment_type}
              onClick={() => onSelect(modeFor(mode.fulfillment_type))}
              className="flex w-full items-center gap-3 rounded-xl border border-slate-200 bg-white p-4 text-left shadow-sm hover:border-brand-600 aria-pressed:border-brand-600 aria-pressed:bg-brand-50"
            >
              <span className="text-2xl" aria-hidden="true">
                {mode.icon}
              </span>
              <span>
                <span className="block font-semibold text-slate-900">{mode.label}</span>
                <span className="block text-sm text-slate-600">{mode.description}</span>
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
