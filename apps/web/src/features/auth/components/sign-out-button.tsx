import { Button } from '@/components/ui/button';
import type { Audience } from '@/lib/token-store';
import { useLogout } from '../api/logout';

export function SignOutButton({ audience }: { audience: Audience }) {
  const logout = useLogout(audience);
  return (
    <Button variant="ghost" onClick={() => logout.mutate()} loading={logout.isPending}>
      Sign out
    </Button>
  );
}
