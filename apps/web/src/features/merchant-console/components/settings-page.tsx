import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { Spinner } from '@/components/ui/spinner';
import { Switch } from '@/components/ui/switch';
import { TextField } from '@/components/ui/text-field';
import { ApiError } from '@/lib/api-error';
import { useMerchantSettings } from '../api/get-settings';
import type { MerchantSettings } from '../api/types';
import { useUpdateMerchantSettings } from '../api/update-settings';

/** Loads settings, then edits them in a form seeded once. */
export function SettingsPage() {
  const settings = useMerchantSettings();
  if (settings.isPending) return <Spinner label="Loading settings…" />;
  if (settings.error) return <ProblemAlert error={settings.error} />;
  return <SettingsForm initial={settings.data} />;
}

function SettingsForm({ initial }: { initial: MerchantSettings }) {
  const [value, setValue] = useState(initial);
  const save = useUpdateMerchantSettings();
  const set = <K extends keyof MerchantSettings>(key: K, v: MerchantSettings[K]) => setValue((s) => ({ ...s, [key]: v }));
  const fieldError = (name: string) => (save.error instanceof ApiError ? save.error.fields[name]?.join(' ') : undefined);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate(value);
  };

  return (
    <form onSubmit={submit} className="flex flex-col gap-4">
      <TextField label="SMS phone for arrival alerts" type="tel" value={value.sms_phone ?? ''} onChange={(e) => set('sms_phone', e.target.value || null)} error={fieldError('sms_phone')} />
      <Switch label="Text me when a driver arrives" checked={value.notify_sms} onChange={(v) => set('notify_sms', v)} />
      <TextField label="Email for arrival alerts" type="email" value={value.email ?? ''} onChange={(e) => set('email', e.target.value || null)} error={fieldError('email')} />
      <Switch label="Email me when a driver arrives" checked={value.notify_email} onChange={(v) => set('notify_email', v)} />
      <TextField
        label="Prep time (minutes)"
        type="number"
        min={0}
        max={120}
        value={value.prep_minutes}
        onChange={(e) => set('prep_minutes', Number(e.target.value))}
        error={fieldError('prep_minutes')}
      />
      <ProblemAlert error={save.error} />
      {save.isSuccess && (
        <p role="status" className="text-sm text-green-700">
          Saved.
        </p>
      )}
      <Button type="submit" loading={save.isPending}>
        Save settings
      </Button>
    </form>
  );
}
