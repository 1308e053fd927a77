import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';

export type OutboxMessage = {
  id: string;
  channel: 'sms' | 'email';
  to: string;
  subject: string | null;
  body: string;
  created_at: string;
};

/** GET /dev/outbox — answers only in the embedded default / Development (404 in Production). */
export function getOutbox(): Promise<OutboxMessage[]> {
  return apiRequest<OutboxMessage[]>('/dev/outbox');
}

/** True when the dev-only routes exist, i.e. the demo panel may be shown. */
export function useDevToolsAvailable(): boolean {
  const query = useQuery({ queryKey: ['dev', 'outbox'], queryFn: getOutbox, retry: false, staleTime: Infinity });
  return query.isSuccess;
}
