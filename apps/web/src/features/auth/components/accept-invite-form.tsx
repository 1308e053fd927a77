import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { TextField } from '@/components/ui/text-field';
import { useAcceptInvite } from '../api/accept-invite';

/** The page behind a staff invite or reset link: the token rides in the URL fragment, never sent to a server log. */
export function AcceptInviteForm({ token, onDone }: { token: string; onDone: () => void }) {
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const accept = useAcceptInvite();
  const mismatch = confirm !== '' && confirm !== password;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!mismatch) accept.mutate({ token, password }, { onSuccess: onDone });
  };
  if (!token) return <p className="text-sm text-red-700">This link is incomplete. Open the whole link from your email.</p>;
  return (
    <form onSubmit={submit} className="flex flex-col gap-4">
      <TextField label="New password" type="password" autoComplete="new-password" minLength={12} hint="At least 12 characters." value={password} onChange={(e) => setPassword(e.target.value)} required />
      <TextField label="Repeat password" type="password" autoComplete="new-password" value={confirm} onChange={(e) => setConfirm(e.target.value)} error={mismatch ? 'The passwords differ.' : undefined} required />
      <ProblemAlert error={accept.error} />
      <Button type="submit" block loading={accept.isPending} disabled={mismatch}>
        Set password and sign in
      </Button>
    </form>
  );
}
