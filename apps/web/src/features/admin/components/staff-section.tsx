import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { TextField } from '@/components/ui/text-field';
import { useAdminStaff, useInviteStaff, useStaffAction } from '../api/staff';

/** A merchant's staff: invite (a one-time link by email), reset, disable, enable. */
export function StaffSection({ merchantId }: { merchantId: string }) {
  const staff = useAdminStaff(merchantId);
  const invite = useInviteStaff(merchantId);
  const action = useStaffAction(merchantId);
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    invite.mutate({ email: email.trim(), name: name.trim() }, {
      onSuccess: () => {
        setEmail('');
        setName('');
      },
    });
  };
  return (
    <section aria-label="Staff" className="flex flex-col gap-3">
      <h2 className="font-semibold">Staff</h2>
      <ul className="flex flex-col gap-2">
        {staff.data?.map((s) => (
          <li key={s.id} className="flex flex-wrap items-center justify-between gap-2 rounded-lg bg-slate-50 p-2 text-sm">
            <span>
              {s.name} · {s.email} · <strong data-staff-status={s.status}>{s.status}</strong>
            </span>
            <span className="flex gap-2">
              {s.status !== 'disabled' && (
                <Button variant="secondary" onClick={() => action.mutate({ staffId: s.id, action: 'reset' })}>
                  Send reset link
                </Button>
              )}
              <Button variant={s.status === 'disabled' ? 'secondary' : 'danger'} onClick={() => action.mutate({ staffId: s.id, action: s.status === 'disabled' ? 'enable' : 'disable' })}>
                {s.status === 'disabled' ? 'Enable' : 'Disable'}
              </Button>
            </span>
          </li>
        ))}
      </ul>
      <ProblemAlert error={staff.error ?? action.error} />
      <form onSubmit={submit} className="flex flex-wrap items-end gap-2">
        <TextField label="Staff email" type="email" value={email} onChange={(e) => setEmail(e.target.value)} required />
        <TextField label="Staff name" value={name} onChange={(e) => setName(e.target.value)} required />
        <Button type="submit" loading={invite.isPending}>
          Invite
        </Button>
      </form>
      <ProblemAlert error={invite.error} />
    </section>
  );
}
