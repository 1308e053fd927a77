import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { TextField } from '@/components/ui/text-field';
import { useUpdateVehicle } from '@/features/auth/api/update-vehicle';

const COLORS = ['White', 'Black', 'Silver', 'Gray', 'Blue', 'Red', 'Green'];

export type VehicleSetupProps = {
  initialColor?: string | null;
  /** Pre-filled from Smartcar ("Tesla Model 3") or the driver's saved vehicle. */
  initialModel?: string | null;
  initialPlate?: string | null;
  modelSource?: 'smartcar' | 'saved';
  onDone: () => void;
};

/** Step 3 (only when the session says vehicle_required): how staff recognise the car. */
export function VehicleSetup({ initialColor, initialModel, initialPlate, modelSource, onDone }: VehicleSetupProps) {
  const [color, setColor] = useState(initialColor ?? '');
  const [model, setModel] = useState(initialModel ?? '');
  const [plate, setPlate] = useState(initialPlate ?? '');
  const save = useUpdateVehicle();
  const valid = color.trim().length > 0 && model.trim().length > 0;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (valid) save.mutate({ color: color.trim(), model: model.trim(), plate: plate.trim() || undefined }, { onSuccess: onDone });
  };

  return (
    <form onSubmit={submit} aria-labelledby="vehicle-heading" className="flex flex-col gap-4">
      <h2 id="vehicle-heading" className="text-lg font-semibold">
        Help staff find your car
      </h2>
      <TextField label="Color" list="vehicle-colors" value={color} onChange={(e) => setColor(e.target.value)} required autoComplete="off" />
      <datalist id="vehicle-colors">
        {COLORS.map((c) => (
          <option key={c} value={c} />
        ))}
      </datalist>
      <TextField
        label="Make and model"
        value={model}
        onChange={(e) => setModel(e.target.value)}
        hint={modelSource === 'smartcar' ? 'Filled in from your connected vehicle.' : 'e.g. Tesla Model Y'}
        required
      />
      <TextField label="Licence plate (optional)" value={plate} onChange={(e) => setPlate(e.target.value)} maxLength={16} autoComplete="off" hint="Helps staff at a busy site pick out your car." />
      <ProblemAlert error={save.error} />
      <Button type="submit" block loading={save.isPending} disabled={!valid}>
        Save vehicle
      </Button>
    </form>
  );
}
