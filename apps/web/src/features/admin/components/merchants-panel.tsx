import { useState } from 'react';
import { Link } from 'react-router';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { Spinner } from '@/components/ui/spinner';
import { useAdminMerchants, useSaveAdminMerchant } from '../api/merchants';
import { MerchantForm } from './merchant-form';

/** Every merchant with its fee, and a form to add one. */
export function MerchantsPanel() {
  const merchants = useAdminMerchants();
  const create = useSaveAdminMerchant();
  const [adding, setAdding] = useState(false);
  return (
    <div className="flex flex-col gap-4">
      <div>
        <Button variant="secondary" onClick={() => setAdding((a) => !a)}>
          {adding ? 'Close' : 'Add merchant'}
        </Button>
      </div>
      {adding && (
        <Card>
          <MerchantForm onSave={(input) => create.mutate(input, { onSuccess: () => setAdding(false) })} saving={create.isPending} error={create.error} />
        </Card>
      )}
      <ProblemAlert error={merchants.error} />
      {!merchants.data ? (
        <Spinner />
      ) : (
        <Card>
          <table className="w-full text-left text-sm">
            <thead>
              <tr className="text-xs text-slate-600">
                <th>Name</th>
                <th>Category</th>
                <th>Fee</th>
                <th>Prep</th>
                <th>POS</th>
              </tr>
            </thead>
            <tbody>
              {merchants.data.map((m) => (
                <tr key={m.id} className="border-t border-slate-100">
                  <td>
                    <Link className="text-brand-700 underline" to={`/admin/merchants/${encodeURIComponent(m.id)}`}>
                      {m.name}
                    </Link>
                  </td>
                  <td>{m.category}</td>
                  <td>{(m.platform_fee_bps / 100).toFixed(2)} %</td>
                  <td>{m.prep_minutes} min</td>
                  <td>{m.pos_provider}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Card>
      )}
    </div>
  );
}
