import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { TextField } from '@/components/ui/text-field';
import { useAsyncAction } from '@/lib/use-async-action';

/** "Which stall are you at?" — staff at a 12-stall site walk straight to the car. */
export function StallForm({ stall, onSave }: { stall: string | null | undefined; onSave: (stall: string) => Promise<unknown> }) {
  const [value, setValue] = useState(stall ?? '');
  const { run, pending, error } = useAsyncAction(() => onSave(value.trim()));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void run();
  };
  return (
    <form onSubmit={submit} className="flex flex-col gap-2" aria-label="Stall number">
      <div className="flex items-end gap-2">
        <TextField label="Stall number (optional)" value={value} onChange={(e) => setValue(e.target.value)} maxLength={10} inputMode="text" className="flex-1" />
        <Button type="submit" variant="secondary" loading={pending}>
          Save
        </Button>
      </div>
      {stall && <p className="text-xs text-slate-700">Staff will look for you at stall {stall}.</p>}
      <ProblemAlert error={error} />
    </form>
  );
}
