import { useEffect } from 'react';
import { Spinner } from '@/components/ui/spinner';
import { useMe } from '@/features/auth/api/get-me';
import { useSmartcarStatus } from '@/features/smartcar/api/get-smartcar-status';
import { VehicleSetup } from './vehicle-setup';

/** Loads what we already know about the car (saved vehicle, then Smartcar) before showing the form. */
export function VehicleSetupStep({ onDone }: { onDone: () => void }) {
  const me = useMe();
  const smartcar = useSmartcarStatus();
  const saved = me.data?.vehicle;
  const alreadySaved = !!saved?.color?.trim() && !!saved?.model?.trim();
  // Saved earlier (e.g. before a reload): don't ask twice.
  useEffect(() => {
    if (alreadySaved) onDone();
  }, [alreadySaved, onDone]);

  if (me.isPending || smartcar.isPending || alreadySaved) return <Spinner label="Loading your vehicle…" />;
  const connected = smartcar.data?.vehicle;
  const smartcarModel = connected ? `${connected.make} ${connected.model}`.trim() : null;
  return (
    <VehicleSetup
      initialColor={saved?.color}
      initialModel={smartcarModel || saved?.model}
      initialPlate={saved?.plate}
      modelSource={smartcarModel ? 'smartcar' : saved?.model ? 'saved' : undefined}
      onDone={onDone}
    />
  );
}
