import { Link, NavLink, Outlet } from 'react-router';
import { NetworkBanner } from '@/components/ui/network-banner';
import { Page } from '@/components/ui/page';
import { useMerchantMe } from '@/features/auth/api/get-merchant-me';
import { MerchantLoginForm } from '@/features/auth/components/merchant-login-form';
import { SignOutButton } from '@/features/auth/components/sign-out-button';
import { useSignedIn } from '@/lib/use-tokens';

function MerchantName() {
  const me = useMerchantMe();
  return <span className="text-sm opacity-90">{me.data ? `${me.data.merchant_name} · ${me.data.name}` : ''}</span>;
}

/** /merchant: staff sign-in when signed out, otherwise the console with its nav. */
export function MerchantLayout() {
  const signedIn = useSignedIn('merchant');
  const nav = ({ isActive }: { isActive: boolean }) => `rounded px-2 py-1 ${isActive ? 'bg-white/20 font-semibold' : ''}`;
  return (
    <div className="min-h-screen">
      <NetworkBanner />
      <header className="bg-slate-900 text-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-2 px-4 py-3">
          <Link to="/merchant" className="font-bold">
            ⚡ Nerava for merchants
          </Link>
          {signedIn && (
            <nav aria-label="Merchant console" className="flex items-center gap-2 text-sm [&_button]:text-white">
              <MerchantName />
              <NavLink to="/merchant" end className={nav}>
                Arrivals
              </NavLink>
              <NavLink to="/merchant/settings" className={nav}>
                Settings
              </NavLink>
              <NavLink to="/merchant/analytics" className={nav}>
                Analytics
              </NavLink>
              <SignOutButton audience="merchant" />
            </nav>
          )}
        </div>
      </header>
      {signedIn ? (
        <Outlet />
      ) : (
        <Page title="Staff sign in">
          <MerchantLoginForm />
        </Page>
      )}
    </div>
  );
}
