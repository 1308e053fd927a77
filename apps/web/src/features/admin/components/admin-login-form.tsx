import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { TextField } from '@/components/ui/text-field';
import { useAdminLogin } from '../api/admin-login';

/** Operator sign-in; accounts come from `dotnet run --project src/Nerava.Api -- admin create --email …`. */
export function AdminLoginForm() {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const login = useAdminLogin();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    login.mutate({ email: email.trim(), password });
  };
  return (
    <form onSubmit={submit} className="flex flex-col gap-4">
      <TextField label="Email" type="email" autoComplete="username" value={email} onChange={(e) => setEmail(e.target.value)} required />
      <TextField label="Password" type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} required />
      <ProblemAlert error={login.error} />
      <Button type="submit" block loading={login.isPending}>
        Sign in
      </Button>
      <p className="rounded-lg bg-slate-100 p-3 text-xs text-slate-700">
        Create an account with <code>dotnet run --project src/Nerava.Api -- admin create --email you@example.com</code>.
      </p>
    </form>
  );
}
