import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { adminKeys, type AuditEntry } from './types';

/** GET /v1/admin/audit — newest first. */
export function getAudit(limit = 100): Promise<AuditEntry[]> {
  return apiRequest<AuditEntry[]>('/v1/admin/audit', { auth: 'admin', query: { limit } });
}

export function useAudit() {
  return useQuery({ queryKey: adminKeys.audit, queryFn: () => getAudit() });
}
