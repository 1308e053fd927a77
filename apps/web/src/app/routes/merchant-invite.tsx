import { useLocation, useNavigate } from 'react-router';
import { Page } from '@/components/ui/page';
import { AcceptInviteForm } from '@/features/auth/components/accept-invite-form';

/** /merchant/invite#token=… — outside the staff sign-in gate: the link is how a new account gets its password. */
export function MerchantInviteRoute() {
  const { hash } = useLocation();
  const navigate = useNavigate();
  const token = new URLSearchParams(hash.replace(/^#/, '')).get('token') ?? '';
  return (
    <Page title="Choose your password">
      <AcceptInviteForm token={token} onDone={() => navigate('/merchant', { replace: true })} />
    </Page>
  );
}
