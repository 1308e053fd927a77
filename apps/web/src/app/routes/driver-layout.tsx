import { Link, Outlet } from 'react-router';
import { NetworkBanner } from '@/components/ui/network-banner';
import { SignOutButton } from '@/features/auth/components/sign-out-button';
import { useSignedIn } from '@/lib/use-tokens';

export function DriverLayout() {
  const signedIn = useSignedIn('driver');
  return (
    <div className="min-h-screen">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:p-2">
        Skip to content
      </a>
      <NetworkBanner />
      <header className="bg-brand-600 text-white">
        <div className="mx-auto flex max-w-md items-center justify-between px-4 py-3">
          <Link to="/" className="text-lg font-bold">
            ⚡ Nerava
          </Link>
          {signedIn && (
            <span className="[&_button]:text-white">
              <SignOutButton audience="driver" />
            </span>
          )}
        </div>
      </header>
      <div id="main">
        <Outlet />
      </div>
    </div>
  );
}
