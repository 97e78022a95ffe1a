/** Progress: weekly distance planned vs done, the training-load trend, and the race prediction. */
import { useQuery } from '@tanstack/react-query';
import { Card, CardDescription, CardHeader, CardTitle } from '../components/ui/card.tsx';
import { api, errorText } from '../lib/api.ts';
import { formatClock, KM_PER_MILE, type Units } from '../lib/format.ts';
import { useI18n } from '../lib/i18n.tsx';
import { k } from '../lib/messages.ts';
import type { PlanGoalDistance, Progress, ProgressWeek } from '../lib/types.ts';
import { GOAL_KEY } from '../lib/workout-text.ts';

/** The prediction grid's short names ("Half" where "Half marathon" would not fit a quarter of a phone). */
const SHORT_GOAL_KEY: Record<PlanGoalDistance, string> = {
  '5k': k('goal-5k'),
  '10k': k('goal-10k'),
  half: k('goal-half-short'),
  marathon: k('goal-marathon'),
};
const DISTANCES: PlanGoalDistance[] = ['5k', '10k', 'half', 'marathon'];

export function ProgressView({ units }: { units: Units }) {
  const { t, f } = useI18n();
  const progress = useQuery({ queryKey: ['progress'], queryFn: api.progress });
  if (progress.isPending) return <p className="p-4 text-sm text-muted">{t('loading-progress')}</p>;
  if (progress.isError) {
    return (
      <Card>
        <CardTitle>{t('progress-unavailable')}</CardTitle>
        <CardDescription className="mt-1">{errorText(progress.error, t)}</CardDescription>
      </Card>
    );
  }
  const data = progress.data;
  return (
    <div className="grid gap-3" data-testid="progress">
      <Card>
        <CardHeader>
          <div>
            <CardTitle>{t('weekly-distance')}</CardTitle>
            <CardDescription>{t(units === 'mi' ? k('per-week-mi') : k('per-week-km'))}</CardDescription>
          </div>
          <Legend />
        </CardHeader>
        <VolumeChart weeks={data.report.weeks} units={units} />
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>{t('training-load')}</CardTitle>
          <CardDescription>{t('training-load-unit')}</CardDescription>
        </CardHeader>
        <LoadChart weeks={data.report.weeks} />
        <div className="mt-3 grid grid-cols-3 gap-2 text-center">
          <Stat
            label={t('acwr')}
            value={data.report.acwr === null ? '–' : f.number(data.report.acwr, 2)}
            warn={(data.report.acwr ?? 0) > 1.5}
          />
          <Stat label={t('fitness')} value={data.report.fitness === null ? '–' : f.number(data.report.fitness)} />
          <Stat label={t('fatigue')} value={data.report.fatigue === null ? '–' : f.number(data.report.fatigue)} />
        </div>
        {data.report.fitnessFrom ? (
          <p className="mt-2 text-xs text-muted" data-testid="fitness-note">
            {t('fitness-from', { date: f.shortDate(data.report.fitnessFrom), weeks: 3 })}
          </p>
        ) : null}
        {(data.report.acwr ?? 0) > 1.5 ? <p className="mt-2 text-xs text-destructive">{t('load-rising')}</p> : null}
      </Card>
      <Prediction data={data} />
    </div>
  );
}

function Legend() {
  const { t } = useI18n();
  return (
    <span className="flex gap-3 text-[11px] text-muted">
      <span className="inline-flex items-center gap-1">
        <span className="size-2.5 rounded-sm border border-[var(--muted)]" /> {t('legend-planned')}
      </span>
      <span className="inline-flex items-center gap-1">
        <span className="size-2.5 rounded-sm bg-primary" /> {t('legend-done')}
      </span>
    </span>
  );
}

function Stat({ label, value, warn = false }: { label: string; value: string; warn?: boolean }) {
  return (
    <div className="rounded-xl bg-subtle p-2">
      <div className={warn ? 'text-lg font-semibold text-destructive' : 'text-lg font-semibold tabular-nums'}>
        {value}
      </div>
      <div className="text-[11px] text-muted">{label}</div>
    </div>
  );
}

const W = 340;
const H = 170;
const PAD = { top: 10, right: 6, bottom: 22, left: 30 };

function niceMax(v: number): number {
  if (v <= 0) return 10;
  const step = 10 ** Math.floor(Math.log10(v));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * step >= v) return m * step;
  return 10 * step;
}

function Axis({ max }: { max: number }) {
  const { f } = useI18n();
  const ticks = [0, max / 2, max];
  const y = (v: number) => PAD.top + (H - PAD.top - PAD.bottom) * (1 - v / max);
  return (
    <g>
      {ticks.map((t) => (
        <g key={t}>
          <line x1={PAD.left} x2={W - PAD.right} y1={y(t)} y2={y(t)} stroke="var(--border)" strokeWidth={1} />
          <text x={PAD.left - 4} y={y(t) + 3} textAnchor="end" fontSize={9} fill="var(--muted)">
            {f.number(t)}
          </text>
        </g>
      ))}
    </g>
  );
}

function VolumeChart({ weeks, units }: { weeks: ProgressWeek[]; units: Units }) {
  const { t, f } = useI18n();
  if (weeks.length === 0) return <p className="text-sm text-muted">{t('no-weeks')}</p>;
  const k = units === 'mi' ? 1 / KM_PER_MILE : 1;
  const max = niceMax(Math.max(...weeks.flatMap((w) => [w.plannedKm * k, w.doneKm * k])));
  const innerW = W - PAD.left - PAD.right;
  const innerH = H - PAD.top - PAD.bottom;
  const slot = innerW / weeks.length;
  const bar = Math.max(3, Math.min(14, slot * 0.36));
  const y = (v: number) => PAD.top + innerH * (1 - v / max);
  const every = Math.ceil(weeks.length / 6);
  return (
    <svg
      viewBox={`0 0 ${W} ${H}`}
      className="w-full"
      role="img"
      aria-label={t('volume-chart-label')}
      data-testid="volume-chart"
    >
      <Axis max={max} />
      {weeks.map((w, i) => {
        const x = PAD.left + slot * i + slot / 2;
        const planned = w.plannedKm * k;
        const done = w.doneKm * k;
        return (
          <g key={w.startDate}>
            <title>
              {t('volume-bar', {
                date: f.shortDate(w.startDate),
                done: f.distance(w.doneKm, units),
                planned: f.distance(w.plannedKm, units),
              })}
            </title>
            <rect
              x={x - bar - 1}
              y={y(planned)}
              width={bar}
              height={Math.max(0, y(0) - y(planned))}
              rx={2}
              fill="none"
              stroke="var(--muted)"
              strokeWidth={1.2}
            />
            <rect x={x + 1} y={y(done)} width={bar} height={Math.max(0, y(0) - y(done))} rx={2} fill="var(--primary)" />
            {i % every === 0 ? (
              <text x={x} y={H - 6} textAnchor="middle" fontSize={9} fill="var(--muted)">
                {f.shortDate(w.startDate)}
              </text>
            ) : null}
          </g>
        );
      })}
    </svg>
  );
}

function LoadChart({ weeks }: { weeks: ProgressWeek[] }) {
  const { t, f } = useI18n();
  if (weeks.length === 0) return null;
  const max = niceMax(Math.max(...weeks.map((w) => w.load)));
  const innerW = W - PAD.left - PAD.right;
  const innerH = H - PAD.top - PAD.bottom;
  // Inset so the first and last labels stay inside the chart.
  const inset = 14;
  const x = (i: number) =>
    PAD.left + inset + (weeks.length === 1 ? innerW / 2 - inset : ((innerW - 2 * inset) * i) / (weeks.length - 1));
  const y = (v: number) => PAD.top + innerH * (1 - v / max);
  const points = weeks.map((w, i) => `${x(i).toFixed(1)},${y(w.load).toFixed(1)}`).join(' ');
  const area = `${x(0).toFixed(1)},${y(0)} ${points} ${x(weeks.length - 1).toFixed(1)},${y(0)}`;
  const every = Math.ceil(weeks.length / 6);
  return (
    <svg
      viewBox={`0 0 ${W} ${H}`}
      className="w-full"
      role="img"
      aria-label={t('load-chart-label')}
      data-testid="load-chart"
    >
      <Axis max={max} />
      <polygon points={area} fill="var(--accent)" opacity={0.15} />
      <polyline points={points} fill="none" stroke="var(--accent)" strokeWidth={2} strokeLinejoin="round" />
      {weeks.map((w, i) => (
        <g key={w.startDate}>
          <circle cx={x(i)} cy={y(w.load)} r={2.5} fill="var(--accent)" />
          {i % every === 0 ? (
            <text x={x(i)} y={H - 6} textAnchor="middle" fontSize={9} fill="var(--muted)">
              {f.shortDate(w.startDate)}
            </text>
          ) : null}
        </g>
      ))}
    </svg>
  );
}

function Prediction({ data }: { data: Progress }) {
  const { t, f } = useI18n();
  const goal = data.goal;
  const main = data.report.prediction;
  return (
    <Card data-testid="prediction">
      <CardHeader>
        <CardTitle>{t('prediction-title')}</CardTitle>
        {data.vdot ? <CardDescription>{t('vdot', { vdot: f.number(data.vdot, 1) })}</CardDescription> : null}
      </CardHeader>
      {main ? (
        <div className="mb-3">
          <div className="text-3xl font-bold tabular-nums">{formatClock(main.timeSec)}</div>
          <div className="text-sm text-muted">
            {t(GOAL_KEY[main.distance])}
            {goal?.goalTime ? ` · ${t('goal-time', { time: goal.goalTime })}` : ''}
            {goal ? ` · ${f.shortDate(goal.raceDate)}` : ''}
          </div>
        </div>
      ) : (
        <p className="mb-3 text-sm text-muted">{t('prediction-hint')}</p>
      )}
      {data.predictions ? (
        <div className="grid grid-cols-4 gap-2 text-center">
          {DISTANCES.map((d) => (
            <div key={d} className="rounded-xl bg-subtle p-2">
              <div className="text-sm font-semibold tabular-nums">{formatClock(data.predictions?.[d] ?? 0)}</div>
              <div className="text-[11px] text-muted">{t(SHORT_GOAL_KEY[d])}</div>
            </div>
          ))}
        </div>
      ) : null}
    </Card>
  );
}
