import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useAsyncAction } from '../use-async-action';

describe('useAsyncAction', () => {
  it('is pending while the action runs and keeps no error on success', async () => {
    let finish!: () => void;
    const { result } = renderHook(() => useAsyncAction(() => new Promise<void>((resolve) => (finish = resolve))));

    let outcome!: Promise<boolean>;
    act(() => {
      outcome = result.current.run();
    });
    expect(result.current.pending).toBe(true);
    await act(async () => {
      finish();
      await outcome;
    });

    expect(await outcome).toBe(true);
    expect(result.current.pending).toBe(false);
    expect(result.current.error).toBeNull();
  });

  it('keeps the failure for display, then clears it on the next try', async () => {
    let fail = true;
    const { result } = renderHook(() => useAsyncAction(async (n: number) => (fail ? Promise.reject(new Error(`no ${n}`)) : n)));

    await act(async () => expect(await result.current.run(1)).toBe(false));
    expect((result.current.error as Error).message).toBe('no 1');

    fail = false;
    await act(async () => expect(await result.current.run(2)).toBe(true));
    expect(result.current.error).toBeNull();
  });
});
