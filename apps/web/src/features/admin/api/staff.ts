import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { adminKeys, type AdminStaff } from './types';

export type StaffAction = 'reset' | 'disable' | 'enable';

/** GET /v1/admin/merchants/{id}/staff */
export function getAdminStaff(merchantId: string): Promise<AdminStaff[]> {
  return apiRequest<AdminStaff[]>(`/v1/admin/merchants/${encodeURIComponent(merchantId)}/staff`, { auth: 'admin' });
}

/** POST /v1/admin/merchants/{id}/staff — emails a one-time link. */
export function inviteStaff(merchantId: string, input: { email: string; name: string }): Promise<AdminStaff> {
  return apiRequest<AdminStaff>(`/v1/admin/merchants/${encodeURIComponent(merchantId)}/staff`, { method: 'POST', body: input, auth: 'admin' });
}

/** POST /v1/admin/staff/{id}/reset|disable|enable */
export function staffAction(staffId: string, action: StaffAction): Promise<AdminStaff> {
  return apiRequest<AdminStaff>(`/v1/admin/staff/${encodeURIComponent(staffId)}/${action}`, { method: 'POST', auth: 'admin' });
}

export function useAdminStaff(merchantId: string) {
  return useQuery({ queryKey: adminKeys.staff(merchantId), queryFn: () => getAdminStaff(merchantId) });
}

export function useInviteStaff(merchantId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { email: string; name: string }) => inviteStaff(merchantId, input),
    onSuccess: () => client.invalidateQueries({ queryKey: adminKeys.staff(merchantId) }),
  });
}

export function useStaffAction(merchantId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ staffId, action }: { staffId: string; action: StaffAction }) => staffAction(staffId, action),
    onSuccess: () => client.invalidateQueries({ queryKey: adminKeys.staff(merchantId) }),
  });
}
