/**
 * A plan as a readable week-by-week text table (CLI output, README): one row a week, one column a weekday,
 * each cell a workout code and its km.
 */
import { weekdayIndex } from '../dates.ts';
import { GOAL_LABEL } from '../distances.ts';
import { formatPace } from '../duration.ts';
import type { PlanWarning } from '../notes.ts';
import type { PaceRange, Plan, Workout } from '../types.ts';
import { formatPaceRange } from './describe.ts';

const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const CELL = 7;

function code(w: Workout): string {
  const main = w.steps.find((s) => s.kind === 'work' || s.zone !== 'easy');
  switch (w.type) {
    case 'easy':
      return main?.zone === 'stride' ? 'S' : 'E';
    case 'recovery':
      return 'R';
    case 'long':
      return main?.zone === 'marathon' ? 'L*' : 'L';
    case 'tempo':
      return 'T';
    case 'intervals':
      return main?.zone === 'repetition' ? 'Rp' : 'I';
    case 'marathon_pace':
      return 'M';
    case 'hills':
      return 'H';
    case 'race':
      return 'RACE';
  }
}

const STATUS_MARK: Record<Workout['status'], string> = {
  planned: '',
  done: '✓',
  partial: '~',
  skipped: '✗',
  missed: '✗',
};

function km(x: number): string {
  return Number.isInteger(x) ? String(x) : x.toFixed(1);
}

function cell(w: Workout | undefined): string {
  if (!w) return '·';
  return w.type === 'race' ? 'RACE' : `${code(w)}${km(w.distanceKm)}${STATUS_MARK[w.status]}`;
}

function paceText(r: PaceRange): string {
  return formatPaceRange(r).replace(' /km', '');
}

export function formatPlanTable(
  plan: Plan,
  /** Words for a warning: the engine writes codes (training/notes.ts); the CLI passes English. */
  warningWords: (w: PlanWarning) => string = (w) => w.code,
): string {
  const lines: string[] = [];
  const g = plan.goal;
  const head = [`${GOAL_LABEL[g.distance].replace(/^./, (c) => c.toUpperCase())} on ${g.raceDate}`];
  if (g.goalTime) head.push(`goal ${g.goalTime}`);
  if (plan.vdot !== null) head.push(`VDOT ${plan.vdot}`);
  if (g.predictedTime) head.push(`predicted ${g.predictedTime}`);
  lines.push(head.join(' · '));
  if (plan.paces) {
    const p = plan.paces;
    lines.push(
      `Paces per km: easy ${paceText(p.easy)} · marathon ${paceText(p.marathon)} · threshold ${paceText(p.threshold)} · ` +
        `interval ${paceText(p.interval)} · repetition ${paceText(p.repetition)}`,
    );
  } else {
    lines.push('Paces: by effort (add a race from the last 8 weeks for pace targets)');
  }
  lines.push('');
  lines.push(
    `${'Wk'.padStart(2)} ${'Phase'.padEnd(6)} ${'Starts'.padEnd(10)} ${'Km'.padStart(5)}  ${DAYS.map((d) => d.padEnd(CELL)).join('')}`.trimEnd(),
  );
  for (const w of plan.weeks) {
    const cells: (Workout | undefined)[] = new Array(7).fill(undefined);
    for (const x of w.workouts) cells[weekdayIndex(x.date)] = x;
    const row = `${String(w.index).padStart(2)} ${w.phase.padEnd(6)} ${w.startDate} ${km(w.totalKm).padStart(5)}  ${cells.map((c) => cell(c).padEnd(CELL)).join('')}`;
    lines.push(row.trimEnd());
  }
  lines.push('');
  lines.push(
    'E easy · S easy + strides · R recovery · L long (L* marathon-pace finish) · T tempo · I intervals · Rp repetitions · M marathon pace · H hills',
  );
  const race = plan.weeks.at(-1)?.workouts.find((x) => x.type === 'race');
  if (race?.steps[0]?.pace) {
    lines.push(
      `Race pace ${formatPace((race.steps[0].pace.minSecPerKm + race.steps[0].pace.maxSecPerKm) / 2)} /km; Km excludes the race.`,
    );
  } else {
    lines.push('Km excludes the race.');
  }
  for (const warning of plan.warnings) lines.push(`! ${warningWords(warning)}`);
  return lines.join('\n');
}
