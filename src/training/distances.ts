import type { GoalDistance } from './types.ts';

/** International mile (1959 agreement): the one definition every unit conversion uses. */
export const KM_PER_MILE = 1.609344;

/** Race distances in km (the half and the marathon as World Athletics measures them). */
export const GOAL_KM: Record<GoalDistance, number> = {
  '5k': 5,
  '10k': 10,
  half: 21.0975,
  marathon: 42.195,
};

export const GOAL_LABEL: Record<GoalDistance, string> = {
  '5k': '5K',
  '10k': '10K',
  half: 'half marathon',
  marathon: 'marathon',
};
