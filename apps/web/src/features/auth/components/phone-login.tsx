import { useState, type FormEvent } from 'react';
import { z } from 'zod';
import { Button } from '@/components/ui/button';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { TextField } from '@/components/ui/text-field';
import { apiUrl } from '@/config/env';
import { useStartOtp } from '../api/start-otp';
import { useVerifyOtp } from '../api/verify-otp';

const E164 = z.string().regex(/^\+[1-9]\d{7,14}$/, 'Enter your number with country code, e.g. +12105550123');

/** "2105550123" → "+12105550123" (US default); anything with a + is kept as typed, digits only. */
export function normalizePhone(input: string): string {
  const digits = input.replace(/[^\d+]/g, '');
  if (digits.startsWith('+')) return `+${digits.slice(1).replace(/\+/g, '')}`;
  if (digits.length === 10) return `+1${digits}`;
  if (digits.length === 11 && digits.startsWith('1')) return `+${digits}`;
  return digits;
}

/** Driver sign-in: phone number, then the texted code. */
export function PhoneLogin({ onSignedIn }: { onSignedIn: () => void }) {
  const [phone, setPhone] = useState('');
  const [code, setCode] = useState('');
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [phoneError, setPhoneError] = useState<string>();
  const start = useStartOtp();
  const verify = useVerifyOtp();

  const submitPhone = (e: FormEvent) => {
    e.preventDefault();
    const normalized = normalizePhone(phone);
    const parsed = E164.safeParse(normalized);
    if (!parsed.success) return setPhoneError(parsed.error.issues[0]?.message);
    setPhoneError(undefined);
    start.mutate({ phone: normalized }, { onSuccess: () => setSentTo(normalized) });
  };

  const submitCode = (e: FormEvent) => {
    e.preventDefault();
    if (!sentTo) return;
    verify.mutate({ phone: sentTo, code: code.trim() }, { onSuccess: onSignedIn });
  };

  if (!sentTo) {
    return (
      <form onSubmit={submitPhone} className="flex flex-col gap-4" noValidate>
        <TextField
          label="Mobile number"
          type="tel"
          inputMode="tel"
          autoComplete="tel"
          value={phone}
          onChange={(e) => setPhone(e.target.value)}
          hint="We'll text you a 6-digit code."
          error={phoneError}
          required
        />
        <ProblemAlert error={start.error} />
        <Button type="submit" block loading={start.isPending}>
          Text me a code
        </Button>
      </form>
    );
  }

  return (
    <form onSubmit={submitCode} className="flex flex-col gap-4" noValidate>
      <TextField
        label="Code"
        inputMode="numeric"
        autoComplete="one-time-code"
        value={code}
        onChange={(e) => setCode(e.target.value)}
        hint={`Sent to ${sentTo}.`}
        required
        autoFocus
      />
      <ProblemAlert error={verify.error} />
      <Button type="submit" block loading={verify.isPending} disabled={code.trim().length < 4}>
        Sign in
      </Button>
      <a href={apiUrl('/dev/outbox/view')} target="_blank" rel="noreferrer" className="text-sm text-brand-600 underline">
        Where's my code? (demo: dev outbox)
      </a>
      <Button variant="ghost" onClick={() => (setSentTo(null), setCode(''), verify.reset())}>
        Use a different number
      </Button>
    </form>
  );
}
