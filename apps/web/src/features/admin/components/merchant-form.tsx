import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { Switch } from '@/components/ui/switch';
import { TextField } from '@/components/ui/text-field';
import type { AdminMerchant, AdminMerchantInput } from '../api/types';

const MODES = ['walk_in', 'eat_in_car', 'dine_in'] as const;

const EMPTY: AdminMerchantInput = {
  name: '',
  category: '',
  lat: 0,
  lng: 0,
  address: '',
  prep_minutes: 5,
  fulfillment_modes: ['walk_in'],
  ordering_url: null,
  ordering_instructions: null,
  sms_phone: null,
  email: null,
  notify_sms: false,
  notify_email: false,
  platform_fee_bps: 500,
  max_order_cents: 50_000,
  max_fee_cents: 2_500,
};

function toInput(m?: AdminMerchant): AdminMerchantInput {
  if (!m) return EMPTY;
  return {
    name: m.name,
    category: m.category,
    lat: m.lat,
    lng: m.lng,
    address: m.address,
    prep_minutes: m.prep_minutes,
    fulfillment_modes: m.fulfillment_modes,
    ordering_url: m.ordering_url,
    ordering_instructions: m.ordering_instructions,
    sms_phone: m.sms_phone,
    email: m.email,
    notify_sms: m.notify_sms,
    notify_email: m.notify_email,
    platform_fee_bps: m.platform_fee_bps,
    max_order_cents: m.max_order_cents,
    max_fee_cents: m.max_fee_cents,
  };
}

const num = (v: string) => (v.trim() === '' ? 0 : Number(v));
const text = (v: string) => (v.trim() === '' ? null : v);

/** Create or edit a merchant: place, kitchen, notifications, fee and caps. Errors are the API's own field messages. */
export function MerchantForm({ merchant, onSave, saving, error }: {
  merchant?: AdminMerchant;
  onSave: (input: AdminMerchantInput) => void;
  saving: boolean;
  error: unknown;
}) {
  const [m, setM] = useState<AdminMerchantInput>(() => toInput(merchant));
  const set = <K extends keyof AdminMerchantInput>(key: K, value: AdminMerchantInput[K]) => setM((prev) => ({ ...prev, [key]: value }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSave(m);
  };
  return (
    <form onSubmit={submit} className="grid grid-cols-1 gap-3 sm:grid-cols-2" aria-label="Merchant">
      {!merchant && <TextField label="Id (optional slug)" value={m.id ?? ''} onChange={(e) => set('id', e.target.value || undefined)} />}
      <TextField label="Name" value={m.name} onChange={(e) => set('name', e.target.value)} required />
      <TextField label="Category" value={m.category} onChange={(e) => set('category', e.target.value)} required />
      <TextField label="Address" value={m.address} onChange={(e) => set('address', e.target.value)} required />
      <TextField label="Latitude" inputMode="decimal" value={String(m.lat)} onChange={(e) => set('lat', num(e.target.value))} />
      <TextField label="Longitude" inputMode="decimal" value={String(m.lng)} onChange={(e) => set('lng', num(e.target.value))} />
      <TextField label="Prep minutes" inputMode="numeric" value={String(m.prep_minutes)} onChange={(e) => set('prep_minutes', num(e.target.value))} />
      <fieldset className="flex flex-wrap gap-3 text-sm">
        <legend className="text-sm font-medium text-slate-800">Fulfilment modes</legend>
        {MODES.map((mode) => (
          <label key={mode} className="flex items-center gap-1">
            <input
              type="checkbox"
              checked={m.fulfillment_modes.includes(mode)}
              onChange={(e) => set('fulfillment_modes', e.target.checked ? [...m.fulfillment_modes, mode] : m.fulfillment_modes.filter((x) => x !== mode))}
            />
            {mode}
          </label>
        ))}
      </fieldset>
      <TextField label="Ordering URL" value={m.ordering_url ?? ''} onChange={(e) => set('ordering_url', text(e.target.value))} />
      <TextField label="Ordering instructions" value={m.ordering_instructions ?? ''} onChange={(e) => set('ordering_instructions', text(e.target.value))} />
      <TextField label="SMS phone (E.164)" value={m.sms_phone ?? ''} onChange={(e) => set('sms_phone', text(e.target.value))} />
      <TextField label="Email" type="email" value={m.email ?? ''} onChange={(e) => set('email', text(e.target.value))} />
      <Switch label="Notify by SMS" checked={m.notify_sms} onChange={(v) => set('notify_sms', v)} />
      <Switch label="Notify by email" checked={m.notify_email} onChange={(v) => set('notify_email', v)} />
      <TextField
        label="Platform fee (bps)"
        hint={`${(m.platform_fee_bps / 100).toFixed(2)} % of the order total`}
        inputMode="numeric"
        value={String(m.platform_fee_bps)}
        onChange={(e) => set('platform_fee_bps', num(e.target.value))}
      />
      <TextField label="Max order (cents)" inputMode="numeric" value={String(m.max_order_cents)} onChange={(e) => set('max_order_cents', num(e.target.value))} />
      <TextField label="Max fee (cents)" inputMode="numeric" value={String(m.max_fee_cents)} onChange={(e) => set('max_fee_cents', num(e.target.value))} />
      <div className="sm:col-span-2 flex flex-col gap-2">
        <ProblemAlert error={error} />
        <Button type="submit" loading={saving}>
          {merchant ? 'Save merchant' : 'Create merchant'}
        </Button>
      </div>
    </form>
  );
}
