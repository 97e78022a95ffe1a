import { describe, expect, it } from 'vitest';
import type { StoredPlan } from '../../src/db/store/index.ts';
import { ingestRun } from '../../src/runs/ingest.ts';
import { HIDDEN_FROM_MODEL, modelMaySee, PURGED_SOURCES, RUN_SOURCES } from '../../src/runs/source-policy.ts';
import { tempStore } from '../helpers/tmp.ts';

const plan: StoredPlan = {
  goal: { distance: '10k', distanceKm: 10, raceDate: '2027-01-17', goalTime: null, predictedTime: null },
  startDate: '2026-11-30',
  vdot: null,
  paces: null,
  warnings: [],
  weeks: [
    {
      index: 1,
      phase: 'base',
      startDate: '2026-11-30',
      totalKm: 16,
      workouts: [
        {
          date: '2026-12-01',
          type: 'easy',
          distanceKm: 8,
          title: 'Easy run',
          description: '',
          status: 'planned',
          steps: [],
        },
        {
          date: '2026-12-03',
          type: 'easy',
          distanceKm: 8,
          title: 'Easy run',
          description: '',
          status: 'planned',
          steps: [],
        },
      ],
    },
  ],
};

function setup() {
  const { store } = tempStore();
  store.users.upsert({ telegramId: 7, chatId: 7 });
  store.plans.create(7, plan, {});
  return store;
}

describe('ingest: one way in for runs', () => {
  it('matches a run to the plan day, stores it once per (source, id), and a partial never downgrades a done day', () => {
    const store = setup();
    const first = ingestRun(store, {
      userId: 7,
      source: 'file',
      externalId: 'sha-1',
      date: '2026-12-01',
      distanceKm: 8.004,
      durationSec: 2900,
      avgHr: 151.4,
    });
    expect(first.created).toBe(true);
    expect(first.match.status).toBe('done');
    expect(first.run).toMatchObject({ distanceKm: 8, avgHr: 151, workoutDate: '2026-12-01', source: 'file' });
    expect(store.plans.workoutOn(7, '2026-12-01')?.status).toBe('done');

    const again = ingestRun(store, {
      userId: 7,
      source: 'file',
      externalId: 'sha-1',
      date: '2026-12-01',
      distanceKm: 8,
      durationSec: 2900,
    });
    expect(again.created).toBe(false);
    expect(store.runs.all(7)).toHaveLength(1);

    const partial = ingestRun(store, {
      userId: 7,
      source: 'manual',
      externalId: 'm-1',
      date: '2026-12-01',
      distanceKm: 5,
      durationSec: 1800,
    });
    // The engine sees the day done: the shorter run is an extra, and the day stays done.
    expect(partial.match.status).toBe('extra');
    expect(store.plans.workoutOn(7, '2026-12-01')?.status).toBe('done');
  });

  it('a source hidden from the model remembers the status it replaced; the runner’s own sources do not', () => {
    const store = setup();
    ingestRun(store, {
      userId: 7,
      source: 'strava',
      externalId: '99',
      date: '2026-12-03',
      distanceKm: 8,
      durationSec: 2900,
    });
    expect(store.meta.get('strava:prev:7:2026-12-03')).toBe('planned');
    expect(store.plans.workoutOn(7, '2026-12-03')?.status).toBe('done');
    ingestRun(store, {
      userId: 7,
      source: 'intervals',
      externalId: 'i1',
      date: '2026-12-01',
      distanceKm: 8,
      durationSec: 2900,
    });
    expect(store.meta.get('strava:prev:7:2026-12-01')).toBeUndefined();
  });

  it('the source policy is data: only Strava is hidden from the model and purged', () => {
    expect(RUN_SOURCES).toEqual(['manual', 'strava', 'file', 'intervals']);
    expect(HIDDEN_FROM_MODEL).toEqual(['strava']);
    expect(PURGED_SOURCES).toEqual(['strava']);
    expect(modelMaySee({ source: 'file' })).toBe(true);
    expect(modelMaySee({ source: 'strava' })).toBe(false);
  });
});
