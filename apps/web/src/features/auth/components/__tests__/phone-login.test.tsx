import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { getTokens } from '@/lib/token-store';
import { call, jsonResponse, problem, stubFetch } from '@/testing/fetch-mock';
import { renderWithProviders } from '@/testing/render';
import { normalizePhone, PhoneLogin } from '../phone-login';

describe('PhoneLogin', () => {
  it('normalizes US numbers to E.164', () => {
    expect(normalizePhone('(210) 555-0123')).toBe('+12105550123');
    expect(normalizePhone('+44 20 7946 0958')).toBe('+442079460958');
  });

  it('texts a code, verifies it, stores the tokens and links the dev outbox', async () => {
    const fetch = stubFetch(jsonResponse(202, { sent: true, expires_in: 600 }), jsonResponse(200, { access_token: 'a', refresh_token: 'r', expires_in: 900, token_type: 'Bearer' }));
    const onSignedIn = vi.fn();
    renderWithProviders(<PhoneLogin onSignedIn={onSignedIn} />);
    await userEvent.type(screen.getByLabelText('Mobile number'), '2105550123');
    await userEvent.click(screen.getByRole('button', { name: 'Text me a code' }));
    expect(call(fetch, 0).body).toEqual({ phone: '+12105550123' });

    expect(await screen.findByRole('link', { name: "Where's my code? (demo: dev outbox)" })).toHaveAttribute('href', '/dev/outbox/view');
    await userEvent.type(screen.getByLabelText('Code'), '123456');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    await vi.waitFor(() => expect(onSignedIn).toHaveBeenCalled());
    expect(call(fetch, 1).body).toEqual({ phone: '+12105550123', code: '123456' });
    expect(getTokens('driver')?.accessToken).toBe('a');
  });

  it('shows OTP_INVALID by its detail', async () => {
    stubFetch(jsonResponse(202, { sent: true, expires_in: 600 }), problem(401, 'OTP_INVALID', 'That code is not right.'));
    renderWithProviders(<PhoneLogin onSignedIn={vi.fn()} />);
    await userEvent.type(screen.getByLabelText('Mobile number'), '+12105550123');
    await userEvent.click(screen.getByRole('button', { name: 'Text me a code' }));
    await userEvent.type(await screen.findByLabelText('Code'), '000000');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('That code is not right.');
  });

  it('rejects a malformed number before calling the API', async () => {
    const fetch = stubFetch(jsonResponse(202, {}));
    renderWithProviders(<PhoneLogin onSignedIn={vi.fn()} />);
    await userEvent.type(screen.getByLabelText('Mobile number'), '12');
    await userEvent.click(screen.getByRole('button', { name: 'Text me a code' }));
    expect(screen.getByText(/country code/)).toBeInTheDocument();
    expect(fetch).not.toHaveBeenCalled();
  });
});
