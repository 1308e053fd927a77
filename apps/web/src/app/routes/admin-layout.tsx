import { Link, NavLink, Outlet } from 'react-router';
import { NetworkBanner } from '@/components/ui/network-banner';
import { Page } from '@/components/ui/page';
import { useAdminMe } from '@/features/admin/api/get-admin-me';
import { AdminLoginForm } from '@/features/admin/components/admin-login-form';
import { SignOutButton } from '@/features/auth/components/sign-out-button';
import { useSignedIn } from '@/lib/use-tokens';

function AdminEmail() {
  const me = useAdminMe();
  return <span className="text-sm opacity-90">{me.data?.email ?? ''}</span>;
}

/** /admin: operator sign-in when signed out, otherwise operations, merchants, chargers, billing and the audit log. */
export function AdminLayout() {
  const signedIn = useSignedIn('admin');
  const nav = ({ isActive }: { isActive: boolean }) => `rounded px-2 py-1 ${isActive ? 'bg-white/20 font-semibold' : ''}`;
  return (
    <div className="min-h-screen">
      <NetworkBanner />
      <header className="bg-slate-800 text-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-2 px-4 py-3">
          <Link to="/admin" className="font-bold">
            ⚡ Nerava operations
          </Link>
          {signedIn && (
            <nav aria-label="Admin" className="flex flex-wrap items-center gap-2 text-sm [&_button]:text-white">
              <AdminEmail />
              <NavLink to="/admin" end className={nav}>
                Live
              </NavLink>
              <NavLink to="/admin/merchants" className={nav}>
                Merchants
              </NavLink>
              <NavLink to="/admin/chargers" className={nav}>
                Chargers
              </NavLink>
              <NavLink to="/admin/billing" className={nav}>
                Billing
              </NavLink>
              <NavLink to="/admin/audit" className={nav}>
                Audit
              </NavLink>
              <SignOutButton audience="admin" />
            </nav>
          )}
        </div>
      </header>
      {signedIn ? (
        <Outlet />
      ) : (
        <Page title="Operator sign in">
          <AdminLoginForm />
        </Page>
      )}
    </div>
  );
}
