import { HttpErrorResponse } from '@angular/common/http';

/** What the API said went wrong: its ProblemDetails detail and per-field errors (camelCase field names). */
export interface Problem {
  readonly message: string;
  readonly fieldErrors: Readonly<Record<string, readonly string[]>>;
}

export function toProblem(error: unknown, fallback: string): Problem {
  if (error instanceof HttpErrorResponse && error.error && typeof error.error === 'object') {
    const body = error.error as { detail?: string; title?: string; errors?: Record<string, string[]> };
    return { message: body.detail ?? body.title ?? fallback, fieldErrors: body.errors ?? {} };
  }

  return { message: fallback, fieldErrors: {} };
}
