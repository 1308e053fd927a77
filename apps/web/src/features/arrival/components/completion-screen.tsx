import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { useAsyncAction } from '@/lib/use-async-action';
import type { ArrivalSession } from '../api/types';

export type CompletionScreenProps = {
  session: ArrivalSession;
  onFeedback: (rating: 'up' | 'down') => Promise<unknown>;
  onDone: () => void;
};

/** Step 5: handed over; ask one question. */
export function CompletionScreen({ session, onFeedback, onDone }: CompletionScreenProps) {
  const [rating, setRating] = useState<'up' | 'down' | null>(session.feedback_rating);
  const { run: rate, pending, error } = useAsyncAction(async (value: 'up' | 'down') => {
    await onFeedback(value);
    setRating(value);
  });

  return (
    <section aria-labelledby="done-heading" className="flex flex-col items-center gap-4 text-center">
      <div className="text-5xl" aria-hidden="true">
        🎉
      </div>
      <h2 id="done-heading" className="text-xl font-semibold">
        Order handed over
      </h2>
      <p className="text-slate-700">Enjoy your food from {session.merchant_name}.</p>
      {rating ? (
        <p role="status" className="text-sm text-slate-700">
          Thanks for the feedback!
        </p>
      ) : (
        <div role="group" aria-label="Was your food ready on time?" className="flex flex-col items-center gap-2">
          <p className="text-sm font-medium">Was your food ready when you got there?</p>
          <div className="flex gap-3">
            <Button variant="secondary" aria-label="Thumbs up" onClick={() => rate('up')} disabled={pending}>
              👍
            </Button>
            <Button variant="secondary" aria-label="Thumbs down" onClick={() => rate('down')} disabled={pending}>
              👎
            </Button>
          </div>
        </div>
      )}
      <ProblemAlert error={error} />
      <Button block onClick={onDone}>
        Done
      </Button>
    </section>
  );
}
