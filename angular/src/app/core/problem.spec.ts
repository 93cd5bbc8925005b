import { HttpErrorResponse, HttpHeaders } from '@angular/common/http';
import { toProblem } from './problem';

const problemJson = { title: 'Conflict', detail: "The edition 'SME' is used by tenants.", errors: { name: ['Taken.'] } };

describe('toProblem', () => {
  it('reads a ProblemDetails that arrived as JSON', () => {
    const error = new HttpErrorResponse({ status: 409, error: problemJson });

    expect(toProblem(error, 'Failed.')).toEqual({ message: "The edition 'SME' is used by tenants.", fieldErrors: { name: ['Taken.'] } });
  });

  it('reads a ProblemDetails that a text response type left as a string', () => {
    const error = new HttpErrorResponse({
      status: 409,
      error: JSON.stringify(problemJson),
      headers: new HttpHeaders({ 'content-type': 'application/problem+json; charset=utf-8' }),
    });

    expect(toProblem(error, 'Failed.')).toEqual({ message: "The edition 'SME' is used by tenants.", fieldErrors: { name: ['Taken.'] } });
  });

  it('uses the title when there is no detail', () => {
    const error = new HttpErrorResponse({ status: 403, error: { title: 'Forbidden' } });

    expect(toProblem(error, 'Failed.').message).toBe('Forbidden');
  });

  it('falls back when the body is not JSON', () => {
    const error = new HttpErrorResponse({ status: 502, error: '<html>Bad gateway</html>', headers: new HttpHeaders({ 'content-type': 'text/html' }) });

    expect(toProblem(error, 'Failed.')).toEqual({ message: 'Failed.', fieldErrors: {} });
  });

  it('falls back when a body said to be JSON does not parse', () => {
    const error = new HttpErrorResponse({ status: 500, error: '{not json', headers: new HttpHeaders({ 'content-type': 'application/json' }) });

    expect(toProblem(error, 'Failed.')).toEqual({ message: 'Failed.', fieldErrors: {} });
  });

  it('falls back when a JSON text body is not an object', () => {
    const error = new HttpErrorResponse({ status: 500, error: '"oops"', headers: new HttpHeaders({ 'content-type': 'application/json' }) });

    expect(toProblem(error, 'Failed.').message).toBe('Failed.');
  });

  it('falls back for an error that is not an HTTP response', () => {
    expect(toProblem(new Error('boom'), 'Failed.')).toEqual({ message: 'Failed.', fieldErrors: {} });
  });
});
