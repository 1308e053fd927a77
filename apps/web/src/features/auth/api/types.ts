export type { TokenResponse } from '@/lib/token-store';

export type Vehicle = { color: string | null; model: string | null; make?: string | null; year?: number | null; plate?: string | null };

export type Me = { id: string; phone: string; vehicle: Vehicle | null };

export type MerchantMe = { id: string; email: string; name: string; merchant_id: string; merchant_name: string };
