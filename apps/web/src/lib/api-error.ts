/**
 * Every non-2xx answer from the API is an RFC 9457 problem with a stable `error` code.
 * ApiError is that problem as a thrown value; `status` 0 means the request never got an answer.
 */
export type ProblemBody = {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  error?: string;
  errors?: Record<string, string[]>;
  [extension: string]: unknown;
};

export class ApiError extends Error {
  readonly status: number;
  readonly error: string;
  readonly detail: string;
  readonly title: string | undefined;
  readonly fields: Record<string, string[]>;
  readonly problem: ProblemBody;

  constructor(status: number, problem: ProblemBody) {
    const detail = problem.detail ?? problem.title ?? `Request failed (${status})`;
    super(detail);
    this.name = 'ApiError';
    this.status = status;
    this.error = problem.error ?? (status === 0 ? 'NETWORK_ERROR' : `HTTP_${status}`);
    this.detail = detail;
    this.title = problem.title;
    this.fields = problem.errors ?? {};
    this.problem = problem;
  }

  /** Whether the problem carries this machine-readable code. */
  is(code: string): boolean {
    return this.error === code;
  }
}

export const NETWORK_ERROR_DETAIL = "Can't reach Nerava right now. Check your connection and try again.";

export function networkError(cause: unknown): ApiError {
  const err = new ApiError(0, { error: 'NETWORK_ERROR', detail: NETWORK_ERROR_DETAIL });
  (err as { cause?: unknown }).cause = cause;
  return err;
}

/** Reads a failed Response into an ApiError, whether or not the body is a proper problem document. */
export async function problemFromResponse(response: Response): Promise<ApiError> {
  let body: ProblemBody = {};
  const text = await response.text().catch(() => '');
  if (text) {
    try {
      const parsed: unknown = JSON.parse(text);
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) body = parsed as ProblemBody;
    } catch {
      body = { detail: text.slice(0, 300) };
    }
  }
  if (!body.title && response.statusText) body.title = response.statusText;
  return new ApiError(response.status, body);
}

/** A human sentence for any thrown value; problem `detail` wins. */
export function errorMessage(err: unknown): string {
  if (err instanceof ApiError) return err.detail;
  if (err instanceof Error) return err.message;
  return 'Something went wrong.';
}
