import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { getTokens } from '@/lib/token-store';
import { call, jsonResponse, problem, stubFetch } from '@/testing/fetch-mock';
import { renderWithProviders } from '@/testing/render';
import { AcceptInviteForm } from '../accept-invite-form';

describe('AcceptInviteForm', () => {
  it('sets the password with the link token and signs the staff member in', async () => {
    const fetch = stubFetch(jsonResponse(200, { access_token: 'staff-a', refresh_token: 'r', expires_in: 900, token_type: 'Bearer' }));
    const onDone = vi.fn();
    renderWithProviders(<AcceptInviteForm token="tok_123" onDone={onDone} />);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('New password'), 'a-long-password');
    await user.type(screen.getByLabelText('Repeat password'), 'a-long-password');
    await user.click(screen.getByRole('button', { name: 'Set password and sign in' }));
    await vi.waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(call(fetch)).toMatchObject({ method: 'POST', url: '/v1/merchant/auth/accept-invite', body: { token: 'tok_123', password: 'a-long-password' } });
    expect(getTokens('merchant')?.accessToken).toBe('staff-a');
  });

  it('refuses differing passwords locally and shows a used link as the API explains it', async () => {
    stubFetch(problem(400, 'INVITE_INVALID', 'It may have been used or expired; ask for a new one.'));
    renderWithProviders(<AcceptInviteForm token="tok_123" onDone={vi.fn()} />);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('New password'), 'a-long-password');
    await user.type(screen.getByLabelText('Repeat password'), 'another-password');
    expect(screen.getByText('The passwords differ.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Set password and sign in' })).toBeDisabled();
    await user.clear(screen.getByLabelText('Repeat password'));
    await user.type(screen.getByLabelText('Repeat password'), 'a-long-password');
    await user.click(screen.getByRole('button', { name: 'Set password and sign in' }));
    expect(await screen.findByText(/used or expired/)).toBeInTheDocument();
  });

  it('explains an incomplete link', () => {
    renderWithProviders(<AcceptInviteForm token="" onDone={vi.fn()} />);
    expect(screen.getByText(/This link is incomplete/)).toBeInTheDocument();
  });
});
