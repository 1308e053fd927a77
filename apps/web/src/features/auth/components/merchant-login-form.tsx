import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { TextField } from '@/components/ui/text-field';
import { DEMO_MERCHANT_ACCOUNT } from '@/config/constants';
import { useMerchantLogin } from '../api/merchant-login';

/** Merchant staff sign-in (email + password). */
export function MerchantLoginForm({ onSignedIn }: { onSignedIn?: () => void }) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const login = useMerchantLogin();

  const submit = (e: FormEvent) => {
    e.preventDefault();
    login.mutate({ email: email.trim(), password }, { onSuccess: () => onSignedIn?.() });
  };

  return (
    <form onSubmit={submit} className="flex flex-col gap-4">
      <TextField label="Email" type="email" autoComplete="username" value={email} onChange={(e) => setEmail(e.target.value)} required />
      <TextField
        label="Password"
        type="password"
        autoComplete="current-password"
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        required
      />
      <ProblemAlert error={login.error} />
      <Button type="submit" block loading={login.isPending}>
        Sign in
      </Button>
      <p className="rounded-lg bg-slate-100 p-3 text-xs text-slate-700">
        Demo account: <code>{DEMO_MERCHANT_ACCOUNT.email}</code> / <code>{DEMO_MERCHANT_ACCOUNT.password}</code>
      </p>
    </form>
  );
}
