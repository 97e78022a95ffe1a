import { describe, expect, it } from 'vitest';
import { formatPlanTable } from '../../../src/training/plan/format-table.ts';
import { buildWorkout, type Session } from '../../../src/training/plan/sessions.ts';
import type { Plan, Workout } from '../../../src/training/types.ts';

const paces = {
  easy: { minSecPerKm: 322, maxSecPerKm: 352 },
  marathon: { minSecPerKm: 268, maxSecPerKm: 274 },
  threshold: { minSecPerKm: 252, maxSecPerKm: 258 },
  interval: { minSecPerKm: 230, maxSecPerKm: 235 },
  repetition: { minSecPerKm: 213, maxSecPerKm: 221 },
};
const racePace = { minSecPerKm: 250, maxSecPerKm: 254 };
const ctx = { paces, racePace, weekKm: 40, goal: '10k' as const };
const w = (date: string, s: Session, km: number, status: Workout['status'] = 'planned'): Workout => ({
  ...buildWorkout(date, s, km, ctx),
  status,
});

/** Two weeks of a 10K plan by hand: every code once. */
const plan: Plan = {
  goal: { distance: '10k', distanceKm: 10, raceDate: '2026-06-14', goalTime: '0:42:00', predictedTime: '0:41:30' },
  startDate: '2026-06-01',
  vdot: 50,
  paces,
  warnings: [],
  weeks: [
    {
      index: 1,
      phase: 'peak',
      startDate: '2026-06-01',
      totalKm: 49.5,
      workouts: [
        w('2026-06-01', 'recovery', 5, 'done'),
        w('2026-06-02', 'tempo', 10, 'partial'),
        w('2026-06-03', 'strides', 8, 'skipped'),
        w('2026-06-04', 'intervals', 10),
        w('2026-06-05', 'repetition', 10, 'missed'),
        w('2026-06-06', 'long_mp', 6.5),
        w('2026-06-07', 'long', 14),
      ],
    },
    {
      index: 2,
      phase: 'race',
      startDate: '2026-06-08',
      totalKm: 24,
      workouts: [
        w('2026-06-09', 'hills', 8),
        w('2026-06-10', 'marathon_pace', 16),
        w('2026-06-12', 'easy', 4),
        w('2026-06-14', 'race', 10),
      ],
    },
  ],
};

describe('the plan as a text table', () => {
  it('prints head, paces, one row a week, the legend and race pace', () => {
    expect(formatPlanTable(plan).split('\n')).toEqual([
      '10K on 2026-06-14 · goal 0:42:00 · VDOT 50 · predicted 0:41:30',
      'Paces per km: easy 5:22–5:52 · marathon 4:31 · threshold 4:15 · interval 3:53 · repetition 3:33–3:41',
      '',
      'Wk Phase  Starts        Km  Mon    Tue    Wed    Thu    Fri    Sat    Sun',
      // A session's frames stay within 3 km each (rule 6): the 10 km repetition day is 9.6 km, the 16 km MP day 14.
      ' 1 peak   2026-06-01  49.5  R5✓    T10~   S8✗    I10    Rp9.6✗ L6.5   L14',
      ' 2 race   2026-06-08    24  ·      H8     M14    ·      E4     ·      RACE',
      '',
      'E easy · S easy + strides · R recovery · L long (L* marathon-pace finish) · T tempo · I intervals · Rp repetitions · M marathon pace · H hills',
      'Race pace 4:12 /km; Km excludes the race.',
    ]);
  });

  it('marks a long run with a marathon-pace finish L*', () => {
    const mp = { ...ctx, weekKm: 70, goal: 'marathon' as const };
    const longMp = { ...buildWorkout('2026-06-07', 'long_mp', 30, mp) };
    const p: Plan = { ...plan, weeks: [{ ...(plan.weeks[0] as Plan['weeks'][number]), workouts: [longMp] }] };
    expect(formatPlanTable(p)).toContain('L*30');
  });

  it('without paces says the plan goes by effort, and without race pace only the note on km', () => {
    const race = buildWorkout('2026-06-14', 'race', 10, { ...ctx, paces: null, racePace: null });
    const p: Plan = {
      ...plan,
      vdot: null,
      paces: null,
      goal: { ...plan.goal, goalTime: null, predictedTime: null },
      weeks: [{ ...(plan.weeks[1] as Plan['weeks'][number]), workouts: [race] }],
    };
    const lines = formatPlanTable(p).split('\n');
    expect(lines[0]).toBe('10K on 2026-06-14');
    expect(lines[1]).toBe('Paces: by effort (add a race from the last 8 weeks for pace targets)');
    expect(lines.at(-1)).toBe('Km excludes the race.');
  });

  it('ends with the warnings, as codes unless the caller words them', () => {
    const p: Plan = { ...plan, warnings: [{ code: 'low_volume', minKm: 5 }, { code: 'race_too_slow' }] };
    expect(formatPlanTable(p).split('\n').slice(-2)).toEqual(['! low_volume', '! race_too_slow']);
    const worded = formatPlanTable(p, (x) => `warning ${x.code.toUpperCase()}`);
    expect(worded.split('\n').slice(-2)).toEqual(['! warning LOW_VOLUME', '! warning RACE_TOO_SLOW']);
  });

  it('names the other goals', () => {
    for (const [distance, head] of [
      ['5k', '5K on'],
      ['half', 'Half marathon on'],
      ['marathon', 'Marathon on'],
    ] as const) {
      expect(formatPlanTable({ ...plan, goal: { ...plan.goal, distance } })).toMatch(new RegExp(`^${head} 2026-06-14`));
    }
  });
});
