import { ProblemAlert } from '@/components/ui/problem-alert';
import { Spinner } from '@/components/ui/spinner';
import { useOperations } from '../api/get-operations';
import { OperationsView } from './operations-view';

export function OperationsPanel() {
  const ops = useOperations();
  if (ops.error) return <ProblemAlert error={ops.error} />;
  if (!ops.data) return <Spinner />;
  return <OperationsView ops={ops.data} />;
}
