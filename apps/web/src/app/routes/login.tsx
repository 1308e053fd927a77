import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { Page } from '@/components/ui/page';
import { PhoneLogin } from '@/features/auth/components/phone-login';
import { useSignedIn } from '@/lib/use-tokens';

function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

export function LoginRoute() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const signedIn = useSignedIn('driver');
  const next = safeNext(params.get('next'));
  if (signedIn) return <Navigate to={next} replace />;
  return (
    <Page title="Sign in">
      <p className="text-slate-700">Nerava times your food to when you arrive or finish charging.</p>
      <PhoneLogin onSignedIn={() => navigate(next, { replace: true })} />
    </Page>
  );
}
