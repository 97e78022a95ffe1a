import { describe, expect, it } from 'vitest';
import { describeWorkout, formatPaceRange, workoutTitle } from '../../../src/training/plan/describe.ts';
import { step } from '../../../src/training/plan/steps.ts';

const easy = { minSecPerKm: 322, maxSecPerKm: 352 };
const T = { minSecPerKm: 252, maxSecPerKm: 258 };
// 5 s wide: shown as its middle, 232.5 → 3:53.
const I = { minSecPerKm: 230, maxSecPerKm: 235 };

describe('pace ranges', () => {
  it.each([
    [easy, '5:22–5:52 /km'],
    [T, '4:15 /km'], // 6 s wide or less: its middle
    [{ minSecPerKm: 268, maxSecPerKm: 272 }, '4:30 /km'],
    [{ minSecPerKm: 250, maxSecPerKm: 257 }, '4:10–4:17 /km'],
    [{ minSecPerKm: 299.6, maxSecPerKm: 299.6 }, '5:00 /km'],
  ])('%o → %s', (range, text) => {
    expect(formatPaceRange(range)).toBe(text);
  });
});

describe('titles', () => {
  it.each([
    ['easy', 'Easy run', [step('run', 'easy', 8, null)]],
    ['easy', 'Easy run + strides', [step('run', 'easy', 7.4, null), step('work', 'stride', 0.1, null, 6, 0)]],
    ['recovery', 'Recovery run', [step('run', 'easy', 5, null)]],
    ['long', 'Long run', [step('run', 'easy', 20, null)]],
    ['long', 'Long run, marathon-pace finish', [step('run', 'easy', 21, null), step('run', 'marathon', 9, null)]],
    ['tempo', 'Tempo run', [step('work', 'threshold', 5, null)]],
    ['tempo', 'Cruise intervals 5 × 1600 m', [step('work', 'threshold', 1.6, null, 5, 0.2)]],
    ['intervals', 'Intervals 5 × 1 km', [step('work', 'interval', 1, null, 5, 0.5)]],
    ['intervals', 'Repetitions 8 × 200 m', [step('work', 'repetition', 0.2, null, 8, 0.2)]],
    ['intervals', 'Intervals', []],
    ['marathon_pace', 'Marathon-pace run', [step('work', 'marathon', 12, null)]],
    ['hills', 'Hill repeats 8 × 200 m', [step('work', 'hill', 0.2, null, 8, 0.2)]],
    ['hills', 'Hill repeats', []],
    ['race', 'Race day', [step('run', 'race', 10, null)]],
  ] as const)('%s: %s', (type, title, steps) => {
    expect(workoutTitle(type, [...steps])).toBe(title);
  });
});

describe('descriptions', () => {
  it('a tempo with its paces, its total and its purpose', () => {
    const steps = [
      step('warmup', 'easy', 2.5, easy),
      step('work', 'threshold', 5, T),
      step('cooldown', 'easy', 2.5, easy),
    ];
    expect(describeWorkout('tempo', steps, 10)).toEqual({
      title: 'Tempo run',
      description:
        '2.5 km warm-up easy, 5 km at threshold pace (4:15 /km), 2.5 km cool-down easy (10 km in all). ' +
        'Raises the pace you can hold for about an hour.',
    });
  });

  it('intervals in metres with their jogs', () => {
    const steps = [
      step('warmup', 'easy', 2, easy),
      step('work', 'interval', 0.8, I, 6, 0.4),
      step('cooldown', 'easy', 2, easy),
    ];
    expect(describeWorkout('intervals', steps, 10).description).toBe(
      '2 km warm-up easy, 6 × 800 m at interval pace (3:53 /km) with 400 m easy jog between, 2 km cool-down easy ' +
        '(10 km in all). Raises your aerobic ceiling (VO2max) and running economy.',
    );
  });

  it('hills by effort, jogging down', () => {
    const steps = [
      step('warmup', 'easy', 2, null),
      step('work', 'hill', 0.2, null, 8, 0.2),
      step('cooldown', 'easy', 2, null),
    ];
    expect(describeWorkout('hills', steps, 7).description).toBe(
      '2 km warm-up easy, 8 × 200 m at hard uphill effort (strong uphill effort, about 5K effort; jog back down) ' +
        'with 200 m jog down between, 2 km cool-down easy (7 km in all). Builds strength and form with little pounding.',
    );
  });

  it('strides: walk back between', () => {
    const steps = [step('run', 'easy', 7.4, easy), step('work', 'stride', 0.1, null, 6, 0)];
    expect(describeWorkout('easy', steps, 8).description).toBe(
      '7.4 km easy (5:22–5:52 /km), 6 × 100 m at stride pace (quick and relaxed, not a sprint; walk back), ' +
        'walk back between (8 km in all). Builds aerobic fitness and lets the hard days work.',
    );
  });

  it('an easy run without paces says how it should feel, and no total for one step', () => {
    expect(describeWorkout('easy', [step('run', 'easy', 6, null)], 6).description).toBe(
      '6 km easy, conversational: you could chat in full sentences. Builds aerobic fitness and lets the hard days work.',
    );
  });

  it.each([
    [5, 'Race day: 5K'],
    [10, 'Race day: 10K'],
    [21.0975, 'Race day: half marathon'],
    [42.195, 'Race day: marathon'],
    [15, 'Race day'],
  ])('a race of %d km is "%s"', (km, title) => {
    expect(describeWorkout('race', [step('run', 'race', km, null)], km).title).toBe(title);
  });

  it('the race names its pace when there is one', () => {
    const pace = { minSecPerKm: 268, maxSecPerKm: 272 };
    expect(describeWorkout('race', [step('run', 'race', 42.195, pace)], 42.195).description).toBe(
      '42.2 km race at 4:30 /km. Start controlled, settle into goal pace, finish strong.',
    );
    expect(describeWorkout('race', [step('run', 'race', 10, null)], 10).description).toBe(
      '10 km race. Start controlled, settle into goal pace, finish strong.',
    );
  });
});
