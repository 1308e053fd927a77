import { ApiError, errorMessage } from '@/lib/api-error';

/** Shows a failed call the way the API explained it: the problem's `detail`, plus any field messages. */
export function ProblemAlert({ error, title }: { error: unknown; title?: string }) {
  if (!error) return null;
  const fields = error instanceof ApiError ? Object.entries(error.fields) : [];
  return (
    <div role="alert" className="rounded-lg border border-red-200 bg-red-50 p-3 text-sm text-red-800">
      {title && <p className="font-semibold">{title}</p>}
      <p>{errorMessage(error)}</p>
      {fields.length > 0 && (
        <ul className="mt-1 list-disc pl-5">
          {fields.map(([field, messages]) => (
            <li key={field}>
              <span className="font-medium">{field}</span>: {messages.join(' ')}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
