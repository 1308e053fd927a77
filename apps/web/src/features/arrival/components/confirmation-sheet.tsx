import { useId, useState } from 'react';
import { Link } from 'react-router';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { Switch } from '@/components/ui/switch';
import { TARGET_SOC } from '@/config/constants';
import { modeLabel, type ModeChoice } from './modes';

export type SmartcarSummary = { connected: boolean; needsReconnect?: boolean; vehicleLabel?: string | null; loading?: boolean };

export type ConfirmOptions = { use_smartcar: boolean; charge_complete_trigger: boolean; target_soc_percent?: number };

export type ConfirmationSheetProps = {
  merchantName: string;
  mode: ModeChoice;
  smartcar: SmartcarSummary;
  /** Where "Connect" goes (the Smartcar connect screen, returning here). */
  connectHref: string;
  submitting?: boolean;
  error?: unknown;
  onConfirm: (options: ConfirmOptions) => void;
  onBack: () => void;
};

/** Step 2: auto-detect (Smartcar) and Ready After Charge, then create the session. */
export function ConfirmationSheet(props: ConfirmationSheetProps) {
  const { merchantName, mode, smartcar, connectHref, submitting, error, onConfirm, onBack } = props;
  const usable = smartcar.connected && !smartcar.needsReconnect;
  const [autoDetect, setAutoDetect] = useState(usable);
  const [readyAfterCharge, setReadyAfterCharge] = useState(false);
  const [targetSoc, setTargetSoc] = useState<number>(TARGET_SOC.default);
  const sliderId = useId();
  const needsConnect = autoDetect && !usable;
  const afterCharge = autoDetect && readyAfterCharge;

  const confirm = () =>
    onConfirm({
      use_smartcar: autoDetect,
      charge_complete_trigger: afterCharge,
      ...(afterCharge ? { target_soc_percent: targetSoc } : {}),
    });

  return (
    <section aria-labelledby="confirm-heading" className="flex flex-col gap-4">
      <h2 id="confirm-heading" className="text-lg font-semibold">
        Confirm EV Arrival
      </h2>
      <Card>
        <p className="font-medium">{merchantName}</p>
        <p className="text-sm text-slate-600">{modeLabel(mode.fulfillment_type, mode.arrival_type)} · the kitchen fires when you arrive, not when you order.</p>
      </Card>

      <Switch
        label="Auto-detect my arrival"
        checked={autoDetect}
        onChange={setAutoDetect}
        description={usable ? `Using ${smartcar.vehicleLabel ?? 'your connected vehicle'}` : smartcar.loading ? 'Checking your vehicle…' : 'Connect your vehicle to enable'}
      />
      {usable && (
        <Link to={connectHref} className="self-start text-sm text-brand-700 underline">
          Change or disconnect this car
        </Link>
      )}
      {needsConnect && (
        <div className="rounded-lg border border-blue-200 bg-blue-50 p-3 text-sm text-blue-900" role="note">
          <p className="font-medium">{smartcar.needsReconnect ? 'Your vehicle needs reconnecting.' : 'Smartcar not connected.'}</p>
          <p>Connect your car so we know when you arrive — read-only, we never control your vehicle.</p>
          <div className="mt-2 flex flex-wrap gap-2">
            <Link to={connectHref} className="rounded-lg bg-brand-600 px-3 py-2 font-medium text-white hover:bg-brand-700">
              Connect my car
            </Link>
            <Button variant="secondary" onClick={() => setAutoDetect(false)}>
              Use manual check-in
            </Button>
          </div>
        </div>
      )}

      <Switch
        label="Ready After Charge"
        checked={afterCharge}
        onChange={setReadyAfterCharge}
        disabled={!autoDetect}
        description={autoDetect ? 'Fire the order when your battery reaches the target instead of on arrival.' : 'Needs auto-detect to read your battery.'}
      />
      {afterCharge && (
        <div className="flex flex-col gap-1 px-1">
          <label htmlFor={sliderId} className="flex justify-between text-sm font-medium">
            <span>Target charge</span>
            <output htmlFor={sliderId}>{targetSoc}%</output>
          </label>
          <input
            id={sliderId}
            type="range"
            min={TARGET_SOC.min}
            max={TARGET_SOC.max}
            step={1}
            value={targetSoc}
            aria-valuetext={`${targetSoc}%`}
            onChange={(e) => setTargetSoc(Number(e.target.value))}
            className="accent-brand-600"
          />
        </div>
      )}

      <ProblemAlert error={error} />
      <Button block onClick={confirm} loading={submitting} disabled={needsConnect}>
        {autoDetect ? 'Confirm EV Arrival' : 'Confirm (manual check-in)'}
      </Button>
      <Button variant="ghost" onClick={onBack}>
        ← Change how you get your food
      </Button>
    </section>
  );
}
