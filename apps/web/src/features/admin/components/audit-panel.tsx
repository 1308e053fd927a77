import { Card } from '@/components/ui/card';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { Spinner } from '@/components/ui/spinner';
import { useAudit } from '../api/get-audit';

/** Every admin change: who, what, when. */
export function AuditPanel() {
  const audit = useAudit();
  if (audit.error) return <ProblemAlert error={audit.error} />;
  if (!audit.data) return <Spinner />;
  return (
    <Card>
      <table className="w-full text-left text-sm">
        <thead>
          <tr className="text-xs text-slate-600">
            <th>When</th>
            <th>Who</th>
            <th>What</th>
            <th>On</th>
            <th>Details</th>
          </tr>
        </thead>
        <tbody>
          {audit.data.map((a) => (
            <tr key={a.id} className="border-t border-slate-100 align-top">
              <td>{new Date(a.at).toLocaleString()}</td>
              <td>{a.actor_email}</td>
              <td>{a.action}</td>
              <td>
                {a.entity_type} {a.entity_id}
              </td>
              <td className="max-w-md break-all font-mono text-xs">{a.details ? JSON.stringify(a.details) : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Card>
  );
}
