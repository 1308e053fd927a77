import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { aSession } from '@/testing/fixtures';
import { CompletionScreen } from '../completion-screen';

describe('CompletionScreen', () => {
  it('sends a thumbs-down and thanks the driver', async () => {
    const onFeedback = vi.fn(async () => undefined);
    render(<CompletionScreen session={aSession({ status: 'completed' })} onFeedback={onFeedback} onDone={vi.fn()} />);
    await userEvent.click(screen.getByRole('button', { name: 'Thumbs down' }));
    expect(onFeedback).toHaveBeenCalledWith('down');
    expect(await screen.findByText('Thanks for the feedback!')).toBeInTheDocument();
  });
});
