/**
 * The plan at a glance: one row a week (Monday to Sunday), a chip a workout, coloured by type, with the runs
 * logged beside it (done distance and pace) and each week's done / planned km as /week and Progress count them.
 */
import { useQuery } from '@tanstack/react-query';
import { type CSSProperties, type Ref, useEffect, useRef, useState } from 'react';
import { Card } from '../components/ui/card.tsx';
import { api, errorText } from '../lib/api.ts';
import { cn } from '../lib/cn.ts';
import { addDays, formatClock, KM_PER_MILE, mondayOf, type Units } from '../lib/format.ts';
import { useI18n } from '../lib/i18n.tsx';
import { k } from '../lib/messages.ts';
import type { LoggedRun, Phase, Plan, PlanWeek, WeekTotals, Workout } from '../lib/types.ts';
import { CHIP_KEY, STATUS_KEY, TYPE_KEY } from '../lib/workout-text.ts';

/** Status marks: symbols, the same in every language (the legend says them in words). */
const STATUS_MARK: Record<Workout['status'], string> = {
  planned: '',
  done: '✓',
  partial: '½',
  skipped: '✕',
  missed: '!',
};

const PHASE_KEY: Record<Phase, string> = {
  base: k('phase-base'),
  build: k('phase-build'),
  peak: k('phase-peak'),
  taper: k('phase-taper'),
  race: k('phase-race'),
};

export function Calendar({
  plan,
  today,
  units,
  onOpen,
}: {
  plan: Plan;
  today: string;
  units: Units;
  onOpen: (date: string) => void;
}) {
  const { f } = useI18n();
  const currentRef = useRef<HTMLElement>(null);
  // The week numbers and logged runs come from the server's one definition; until they arrive the plan shows alone.
  const calendar = useQuery({ queryKey: ['calendar'], queryFn: api.calendar });
  const totals = new Map((calendar.data?.weeks ?? []).map((t) => [t.index, t]));
  const runsByDate = new Map<string, LoggedRun[]>();
  for (const r of calendar.data?.runs ?? []) runsByDate.set(r.date, [...(runsByDate.get(r.date) ?? []), r]);
  // Open on the current week, as a runner expects.
  useEffect(() => {
    currentRef.current?.scrollIntoView({ block: 'center' });
  }, []);
  return (
    <div className="grid gap-2" data-testid="calendar">
      <Legend />
      <div className="sticky top-0 z-10 -mx-1 grid grid-cols-7 gap-1 bg-background px-1 py-1 text-center text-[11px] font-medium text-muted">
        {[0, 1, 2, 3, 4, 5, 6].map((i) => (
          <span key={i}>{f.weekdayNarrow(i)}</span>
        ))}
      </div>
      {plan.weeks.map((week) => {
        const monday = mondayOf(week.startDate);
        const isCurrent = today >= monday && today <= addDays(monday, 6);
        return (
          <WeekRow
            key={week.index}
            ref={isCurrent ? currentRef : undefined}
            week={week}
            totals={totals.get(week.index)}
            runsByDate={runsByDate}
            monday={monday}
            today={today}
            units={units}
            onOpen={onOpen}
            firstDate={plan.startDate}
            lastDate={plan.goal.raceDate}
          />
        );
      })}
      <Subscribe />
    </div>
  );
}

function WeekRow({
  week,
  totals,
  runsByDate,
  monday,
  today,
  units,
  onOpen,
  firstDate,
  lastDate,
  ref,
}: {
  week: PlanWeek;
  totals: WeekTotals | undefined;
  runsByDate: Map<string, LoggedRun[]>;
  monday: string;
  today: string;
  units: Units;
  onOpen: (date: string) => void;
  firstDate: string;
  lastDate: string;
  ref?: Ref<HTMLElement> | undefined;
}) {
  const { t, f } = useI18n();
  const byDate = new Map(week.workouts.map((w) => [w.date, w]));
  const doneKm = totals?.doneKm ?? 0;
  const plannedKm = totals?.plannedKm ?? week.totalKm;
  return (
    <Card
      ref={ref}
      className="px-1.5 py-2"
      data-testid={`week-${week.index}`}
      data-phase={week.phase}
      style={{ borderLeft: `4px solid var(--phase-${week.phase})` } as CSSProperties}
    >
      <div className="mb-1.5 flex items-center justify-between gap-2 px-1 text-xs">
        <span className="font-semibold">
          {t('week-number', { week: week.index })}
          <span
            className="ml-1.5 rounded-full px-1.5 py-0.5 text-[10px] font-semibold tracking-wide uppercase"
            style={{
              color: `var(--phase-${week.phase})`,
              background: `color-mix(in srgb, var(--phase-${week.phase}) 15%, transparent)`,
            }}
          >
            {t(PHASE_KEY[week.phase])}
          </span>
        </span>
        <span className="text-muted" data-testid="km-of-week">
          {f.shortDate(monday)} · {doneKm > 0 ? `${f.distanceNumber(doneKm, units)} / ` : ''}
          {f.distance(plannedKm, units)}
        </span>
      </div>
      <div className="grid grid-cols-7 gap-1">
        {Array.from({ length: 7 }, (_, i) => {
          const date = addDays(monday, i);
          const workout = byDate.get(date);
          const outside = date < firstDate || date > lastDate;
          return (
            <DayCell
              key={date}
              date={date}
              workout={workout}
              runs={runsByDate.get(date) ?? []}
              isToday={date === today}
              outside={outside}
              units={units}
              onOpen={onOpen}
            />
          );
        })}
      </div>
    </Card>
  );
}

function DayCell({
  date,
  workout,
  runs,
  isToday,
  outside,
  units,
  onOpen,
}: {
  date: string;
  workout: Workout | undefined;
  runs: LoggedRun[];
  isToday: boolean;
  outside: boolean;
  units: Units;
  onOpen: (date: string) => void;
}) {
  const { t, f } = useI18n();
  const ran = runs.length ? <RunLine runs={runs} units={units} /> : null;
  const day = Number(date.slice(8, 10));
  const base = cn(
    'relative flex h-14 min-w-0 flex-col items-stretch rounded-lg py-1 pr-px pl-[3px] text-left text-[11px] leading-tight',
    isToday && 'ring-2 ring-primary',
    outside && 'opacity-35',
  );
  if (!workout) {
    return (
      <div className={cn(base, 'text-muted')} data-date={date} data-testid={isToday ? 'today' : undefined}>
        <span className={cn('text-[10px]', isToday && 'font-bold text-primary')}>{day}</span>
        {ran ?? (!outside ? <span className="mt-auto text-center text-[10px] opacity-60">{t('rest')}</span> : null)}
      </div>
    );
  }
  const mark = STATUS_MARK[workout.status];
  const faded = workout.status === 'skipped' || workout.status === 'missed';
  return (
    <button
      type="button"
      onClick={() => onOpen(date)}
      data-date={date}
      data-status={workout.status}
      data-type={workout.type}
      data-testid={isToday ? 'today' : undefined}
      aria-label={`${f.day(date)}: ${t(TYPE_KEY[workout.type])}, ${f.distance(workout.distanceKm, units)}, ${t(STATUS_KEY[workout.status])}`}
      className={cn(base, 'workout-chip cursor-pointer active:opacity-70', faded && 'opacity-50')}
      style={{ '--chip': `var(--type-${workout.type})` } as CSSProperties}
    >
      <span className="flex items-start justify-between">
        <span className={cn('text-[10px] text-muted', isToday && 'font-bold text-primary')}>{day}</span>
        {mark ? (
          <span
            className={cn(
              'grid size-4 place-items-center rounded-full text-[10px] font-bold',
              workout.status === 'done' && 'bg-[var(--type-easy)] text-white',
              workout.status === 'partial' && 'bg-[var(--type-tempo)] text-white',
              (workout.status === 'skipped' || workout.status === 'missed') && 'bg-[var(--muted)] text-white',
            )}
            data-testid="status-mark"
          >
            {mark}
          </span>
        ) : null}
      </span>
      <span className={cn('mt-auto truncate text-[10px] font-semibold tracking-tighter', faded && 'line-through')}>
        {t(CHIP_KEY[workout.type])}
      </span>
      {ran ?? <span className="text-muted">{f.distanceNumber(workout.distanceKm, units)}</span>}
    </button>
  );
}

/** What was run that day: "✓5.2" and the pace, in the runner's units (pace per km or per mile). */
function RunLine({ runs, units }: { runs: LoggedRun[]; units: Units }) {
  const { t, f } = useI18n();
  const km = runs.reduce((s, r) => s + r.distanceKm, 0);
  const sec = runs.reduce((s, r) => s + r.durationSec, 0);
  const pace = km > 0 ? (sec / km) * (units === 'mi' ? KM_PER_MILE : 1) : null;
  return (
    <span
      className="mt-auto truncate text-[10px] font-semibold text-[var(--type-easy)]"
      data-testid="run"
      title={t('ran', { distance: f.distance(km, units) })}
    >
      {`↗${f.distanceNumber(km, units)}`}
      {pace ? <span className="block font-normal text-muted">{formatClock(pace)}</span> : null}
    </span>
  );
}

function Legend() {
  const { t } = useI18n();
  const types = ['easy', 'long', 'tempo', 'intervals', 'hills', 'marathon_pace', 'race'] as const;
  return (
    <div className="flex flex-wrap gap-x-3 gap-y-1 px-1 text-[11px] text-muted">
      {types.map((type) => (
        <span key={type} className="inline-flex items-center gap-1">
          <span className="type-dot size-2 rounded-full" style={{ '--chip': `var(--type-${type})` } as CSSProperties} />
          {t(TYPE_KEY[type])}
        </span>
      ))}
      <span className="inline-flex items-center gap-1">{t('legend-marks')}</span>
    </div>
  );
}

/** "Subscribe": the private .ics feed link (GET /api/calendar/feed), opened so the phone offers its calendar app. */
function Subscribe() {
  const { t } = useI18n();
  const [url, setUrl] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="text-xs text-muted" data-testid="subscribe">
      {url ? (
        <span>
          {t('subscribe-link')}{' '}
          <a className="underline break-all" href={url.replace(/^https?:/, 'webcal:')}>
            {url}
          </a>
        </span>
      ) : (
        <button
          type="button"
          className="underline"
          onClick={() => {
            api
              .calendarFeed()
              .then((r) => setUrl(r.url))
              .catch((e: Error) => setError(errorText(e, t)));
          }}
        >
          📅 {t('subscribe')}
        </button>
      )}
      {error ? <span className="text-destructive"> {error}</span> : null}
    </div>
  );
}
