import { Link } from 'react-router';
import { Page } from '@/components/ui/page';

export function NotFoundRoute() {
  return (
    <Page title="Not found">
      <p>That page doesn’t exist.</p>
      <Link to="/" className="text-brand-600 underline">
        Back to start
      </Link>
    </Page>
  );
}
