import { describe, expect, it } from 'vitest';
import { ApiError, errorMessage, problemFromResponse } from '../api-error';

describe('problemFromResponse', () => {
  it('reads an RFC 9457 problem: status, error code, detail and extensions', async () => {
    const response = new Response(
      JSON.stringify({ title: 'Too far from the charger', status: 400, error: 'TOO_FAR_FROM_CHARGER', detail: 'You are 1840 m away.', distance_m: 1840 }),
      { status: 400, headers: { 'Content-Type': 'application/problem+json' } },
    );
    const err = await problemFromResponse(response);
    expect(err).toBeInstanceOf(ApiError);
    expect(err.status).toBe(400);
    expect(err.error).toBe('TOO_FAR_FROM_CHARGER');
    expect(err.detail).toBe('You are 1840 m away.');
    expect(err.problem.distance_m).toBe(1840);
    expect(err.is('TOO_FAR_FROM_CHARGER')).toBe(true);
  });

  it('maps validation errors to fields', async () => {
    const response = new Response(
      JSON.stringify({ status: 400, error: 'VALIDATION_FAILED', title: 'Validation failed', errors: { phone: ['Must be E.164.'] } }),
      { status: 400 },
    );
    const err = await problemFromResponse(response);
    expect(err.error).toBe('VALIDATION_FAILED');
    expect(err.fields).toEqual({ phone: ['Must be E.164.'] });
    expect(err.detail).toBe('Validation failed');
  });

  it('survives a non-JSON body and names the status', async () => {
    const err = await problemFromResponse(new Response('Bad Gateway from proxy', { status: 502, statusText: 'Bad Gateway' }));
    expect(err.status).toBe(502);
    expect(err.error).toBe('HTTP_502');
    expect(err.detail).toBe('Bad Gateway from proxy');
  });

  it('survives an empty body', async () => {
    const err = await problemFromResponse(new Response(null, { status: 404, statusText: 'Not Found' }));
    expect(err.error).toBe('HTTP_404');
    expect(err.detail).toBe('Not Found');
  });
});

describe('errorMessage', () => {
  it('prefers the problem detail', () => {
    expect(errorMessage(new ApiError(409, { error: 'NOT_ARRIVED', detail: 'Driver has not arrived.' }))).toBe('Driver has not arrived.');
    expect(errorMessage(new Error('boom'))).toBe('boom');
    expect(errorMessage('??')).toBe('Something went wrong.');
  });
});
