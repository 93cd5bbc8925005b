import { HttpErrorResponse } from '@angular/common/http';

/** What the API said went wrong: its ProblemDetails detail and per-field errors (camelCase field names). */
export interface Problem {
  readonly message: string;
  readonly fieldErrors: Readonly<Record<string, readonly string[]>>;
}

interface ProblemBody {
  readonly detail?: string;
  readonly title?: string;
  readonly errors?: Record<string, string[]>;
}

export function toProblem(error: unknown, fallback: string): Problem {
  const body = error instanceof HttpErrorResponse ? problemBody(error) : null;
  if (!body) {
    return { message: fallback, fieldErrors: {} };
  }

  return { message: body.detail ?? body.title ?? fallback, fieldErrors: body.errors ?? {} };
}

/**
 * The error's ProblemDetails. Calls the proxy makes with a text response type (those that answer 204, such as
 * deletes and feature updates) leave it as JSON text, which is parsed when the response says it is JSON.
 */
function problemBody(error: HttpErrorResponse): ProblemBody | null {
  if (error.error && typeof error.error === 'object') {
    return error.error as ProblemBody;
  }

  const isJsonText = typeof error.error === 'string' && !!error.headers.get('content-type')?.includes('json');
  return isJsonText ? parseObject(error.error as string) : null;
}

function parseObject(text: string): ProblemBody | null {
  try {
    const parsed: unknown = JSON.parse(text);
    return parsed && typeof parsed === 'object' ? (parsed as ProblemBody) : null;
  } catch (e) {
    // A body that claims to be JSON but is not leaves only the fallback message; anything else is a real fault.
    if (e instanceof SyntaxError) {
      return null;
    }
    throw e;
  }
}
