/** A workout's detail in a bottom sheet: structured steps with paces in the runner's units, Done / Skip / Move. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type CSSProperties, type FormEvent, useState } from 'react';
import { moveBody } from '../../../src/webapp/schemas.ts';
import { Badge } from '../components/ui/badge.tsx';
import { Button } from '../components/ui/button.tsx';
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from '../components/ui/select.tsx';
import { Dialog, DialogClose, DialogContent, Sheet, SheetContent } from '../components/ui/sheet.tsx';
import { api, downloadFit, errorText } from '../lib/api.ts';
import { addDays, mondayOf, type Units } from '../lib/format.ts';
import { useI18n } from '../lib/i18n.tsx';
import type { Translate } from '../lib/messages.ts';
import { navigate } from '../lib/route.ts';
import { haptic } from '../lib/telegram.ts';
import type { ActionResult, Plan, Workout } from '../lib/types.ts';
import { purposeText, STATUS_KEY, stepText, TYPE_KEY, workoutTitle } from '../lib/workout-text.ts';

export function findWorkout(plan: Plan | null | undefined, date: string): Workout | undefined {
  for (const week of plan?.weeks ?? []) for (const w of week.workouts) if (w.date === date) return w;
  return undefined;
}

type Action = 'done' | 'skip' | 'move';
type Message = { date: string; text: string; error: boolean };

/** Our head line, then the coach's own words about what changed (the server's, as it says them). */
function resultText(action: Action, result: ActionResult, t: Translate): string {
  const changes = result.changes?.map((c) => c.summary).join(' ') ?? '';
  const advice = result.advice ?? '';
  const head = action === 'done' ? t('result-done') : action === 'skip' ? t('result-skipped') : t('result-moved');
  return [head, changes, advice].filter(Boolean).join(' ');
}

export function WorkoutSheet({
  plan,
  date,
  today,
  units,
  onClose,
}: {
  plan: Plan | null | undefined;
  date: string | null;
  today: string;
  units: Units;
  onClose: () => void;
}) {
  const { t, f } = useI18n();
  const workout = date ? findWorkout(plan, date) : undefined;
  // Kept here, by date, so it survives the refetch after a change (and follows a moved workout).
  const [message, setMessage] = useState<Message | null>(null);
  return (
    <Sheet open={date !== null} onOpenChange={(open) => (open ? undefined : onClose())}>
      {date ? (
        <SheetContent
          title={workout ? workoutTitle(workout, t, f) : t('rest-day')}
          description={f.day(date)}
          data-testid="workout-sheet"
          aria-describedby={undefined}
        >
          {workout ? (
            <WorkoutDetail
              key={workout.date}
              workout={workout}
              today={today}
              units={units}
              message={message?.date === workout.date ? message : null}
              setMessage={setMessage}
            />
          ) : (
            <p className="mt-4 text-sm text-muted">{t('rest-day-hint')}</p>
          )}
        </SheetContent>
      ) : null}
    </Sheet>
  );
}

function WorkoutDetail({
  workout,
  today,
  units,
  message,
  setMessage,
}: {
  workout: Workout;
  today: string;
  units: Units;
  message: Message | null;
  setMessage: (m: Message | null) => void;
}) {
  const { t, f } = useI18n();
  const queryClient = useQueryClient();
  const [moveOpen, setMoveOpen] = useState(false);
  const [fitError, setFitError] = useState<string | null>(null);
  const mutation = useMutation({
    mutationFn: ({ action, newDate }: { action: Action; newDate?: string }) =>
      action === 'done'
        ? api.done(workout.date)
        : action === 'skip'
          ? api.skip(workout.date)
          : api.move(workout.date, newDate ?? ''),
    onSuccess: (result, { action, newDate }) => {
      haptic.notify('success');
      const movedTo = action === 'move' && newDate ? newDate : workout.date;
      setMessage({ date: movedTo, text: resultText(action, result, t), error: false });
      setMoveOpen(false);
      // The sheet follows a moved workout to its new day.
      if (movedTo !== workout.date) navigate({ name: 'workout', date: movedTo }, { replace: true });
      void queryClient.invalidateQueries({ queryKey: ['plan'] });
      void queryClient.invalidateQueries({ queryKey: ['progress'] });
      void queryClient.invalidateQueries({ queryKey: ['calendar'] });
    },
    onError: (err: Error) => {
      haptic.notify('error');
      setMessage({ date: workout.date, text: errorText(err, t), error: true });
    },
  });
  const future = workout.date > today;
  const settled = workout.status === 'done' || workout.status === 'skipped';
  return (
    <div className="mt-4 grid gap-4">
      <div className="flex flex-wrap items-center gap-2">
        <Badge className="workout-chip" style={{ '--chip': `var(--type-${workout.type})` } as CSSProperties}>
          {t(TYPE_KEY[workout.type])}
        </Badge>
        <Badge data-testid="workout-status">{t(STATUS_KEY[workout.status])}</Badge>
        <span className="ml-auto text-lg font-semibold">{f.distance(workout.distanceKm, units)}</span>
      </div>
      <p className="text-sm leading-relaxed">{purposeText(workout.type, t)}</p>
      {workout.steps.length > 0 ? (
        <ol className="grid gap-2" aria-label={t('steps')}>
          {workout.steps.map((step, i) => {
            const s = stepText(step, units, t, f);
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: steps have no identity beyond their order
              <li key={i} className="rounded-xl bg-subtle p-3">
                <div className="flex items-baseline justify-between gap-2">
                  <span className="text-sm font-medium">{s.title}</span>
                  {s.pace ? (
                    <span className="text-sm font-semibold whitespace-nowrap tabular-nums">{s.pace}</span>
                  ) : null}
                </div>
                {s.detail ? <p className="mt-0.5 text-xs text-muted">{s.detail}</p> : null}
              </li>
            );
          })}
        </ol>
      ) : null}
      {message ? (
        <p
          role="status"
          data-testid="action-message"
          className={message.error ? 'text-sm text-destructive' : 'text-sm text-[var(--type-easy)]'}
        >
          {message.text}
        </p>
      ) : null}
      {workout.type !== 'race' || !future ? (
        <div className="grid grid-cols-3 gap-2">
          <Button
            disabled={future || workout.status === 'done' || mutation.isPending}
            onClick={() => {
              haptic.impact('medium');
              mutation.mutate({ action: 'done' });
            }}
            title={future ? t('done-later') : undefined}
          >
            {t('action-done')}
          </Button>
          <Button
            variant="destructive"
            disabled={settled || mutation.isPending}
            onClick={() => {
              haptic.impact('light');
              mutation.mutate({ action: 'skip' });
            }}
          >
            {t('action-skip')}
          </Button>
          <Button variant="secondary" disabled={settled || mutation.isPending} onClick={() => setMoveOpen(true)}>
            {t('action-move')}
          </Button>
        </div>
      ) : null}
      <Button
        variant="secondary"
        data-testid="download-fit"
        onClick={() => {
          downloadFit(workout.date).catch((e: Error) => setFitError(errorText(e, t)));
        }}
      >
        ⌚ {t('download-fit')}
      </Button>
      {fitError ? <p className="text-sm text-destructive">{fitError}</p> : null}
      <MoveDialog
        open={moveOpen}
        onOpenChange={setMoveOpen}
        workout={workout}
        today={today}
        pending={mutation.isPending}
        onMove={(newDate) => mutation.mutate({ action: 'move', newDate })}
      />
    </div>
  );
}

function MoveDialog({
  open,
  onOpenChange,
  workout,
  today,
  pending,
  onMove,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  workout: Workout;
  today: string;
  pending: boolean;
  onMove: (newDate: string) => void;
}) {
  const { t, f } = useI18n();
  const [newDate, setNewDate] = useState('');
  const [error, setError] = useState<string | null>(null);
  const monday = mondayOf(workout.date);
  // The engine keeps a workout in its week: offer that week's other days from today on.
  const days = Array.from({ length: 7 }, (_, i) => addDays(monday, i)).filter((d) => d !== workout.date && d >= today);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const parsed = moveBody.safeParse({ newDate });
    if (!parsed.success) {
      setError(t('move-choose-error'));
      return;
    }
    setError(null);
    onMove(parsed.data.newDate);
  };
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent title={t('move-title')} description={t('move-hint')}>
        <form className="mt-4 grid gap-3" onSubmit={submit} noValidate>
          <Select value={newDate} onValueChange={setNewDate}>
            <SelectTrigger
              aria-label={t('move-new-day')}
              aria-invalid={error ? true : undefined}
              data-testid="move-select"
            >
              <SelectValue placeholder={days.length ? t('move-choose') : t('move-no-day')} />
            </SelectTrigger>
            <SelectContent>
              {days.map((d) => (
                <SelectItem key={d} value={d}>
                  {f.day(d)}
                </SelectItem>
              ))}
            </SelectContent>
          </Select>
          {error ? (
            <p className="text-xs text-destructive" role="alert">
              {error}
            </p>
          ) : null}
          <div className="grid grid-cols-2 gap-2">
            <DialogClose asChild>
              <Button variant="secondary">{t('cancel')}</Button>
            </DialogClose>
            <Button type="submit" disabled={pending || days.length === 0}>
              {t('action-move')}
            </Button>
          </div>
        </form>
      </DialogContent>
    </Dialog>
  );
}
