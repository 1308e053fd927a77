import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { TextField } from '@/components/ui/text-field';
import { usePos, useSetPos } from '../api/pos';

/** POS credentials: write-only — the page only ever learns whether they are set. */
export function PosSection({ merchantId }: { merchantId: string }) {
  const pos = usePos(merchantId);
  const save = useSetPos(merchantId);
  const [provider, setProvider] = useState<'square' | 'toast'>('square');
  const [token, setToken] = useState('');
  const [externalId, setExternalId] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate({ provider, access_token: token, external_id: externalId || undefined }, { onSuccess: () => setToken('') });
  };
  return (
    <section aria-label="POS" className="flex flex-col gap-3">
      <h2 className="font-semibold">POS</h2>
      <p className="text-sm text-slate-700">
        {pos.data?.configured ? `Connected to ${pos.data.provider}${pos.data.updated_at ? ` (set ${new Date(pos.data.updated_at).toLocaleString()})` : ''}.` : 'Not connected.'}
      </p>
      <form onSubmit={submit} className="flex flex-wrap items-end gap-2">
        <label className="flex flex-col gap-1 text-sm font-medium text-slate-800">
          Provider
          <select className="min-h-11 rounded-lg border border-slate-300 px-2" value={provider} onChange={(e) => setProvider(e.target.value as 'square' | 'toast')}>
            <option value="square">Square</option>
            <option value="toast">Toast</option>
          </select>
        </label>
        <TextField label="Access token" type="password" autoComplete="off" value={token} onChange={(e) => setToken(e.target.value)} required />
        {provider === 'toast' && <TextField label="Restaurant GUID" value={externalId} onChange={(e) => setExternalId(e.target.value)} required />}
        <Button type="submit" loading={save.isPending}>
          Save credentials
        </Button>
      </form>
      <ProblemAlert error={pos.error ?? save.error} />
    </section>
  );
}
