import { applyBusy } from './src/training/adaptation/busy.ts';
import { applyFatigue, applyFeedback } from './src/training/adaptation/feedback.ts';
import { generatePlan } from './src/training/index.ts';
import { MARATHON_18 } from './test/training/fixtures.ts';

const o = generatePlan(MARATHON_18);
if (!o.ok) throw 1;
const p = o.plan;
const show = (n: string, a: any) => {
  console.log('---', n, JSON.stringify(a.advice), a.stopRunningAdvice ?? '');
  for (const c of a.changes)
    console.log(
      c.date,
      c.before && `${c.before.type} ${c.before.distanceKm} ${c.before.status}`,
      '->',
      c.after && `${c.after.type} ${c.after.distanceKm} ${c.after.status}`,
      JSON.stringify(c.reasons),
    );
};
show('hard easy', applyFeedback(p, { date: '2026-07-29', rpe: 8 }, '2026-07-29'));
show('unplanned', applyFeedback(p, { date: '2026-07-27', rpe: 7 }, '2026-07-27'));
show('exhausted', applyFeedback(p, { date: '2026-07-28', rpe: 5, feeling: 'exhausted' }, '2026-07-28'));
show(
  'mild pain',
  applyFeedback(p, { date: '2026-07-28', rpe: 5, pain: { location: 'calf', severity: 3 } }, '2026-07-28'),
);
show('fatigue 2', applyFatigue(p, { fromDate: '2026-07-29', days: 2 }, '2026-07-29'));
show(
  'busy avail',
  applyBusy(p, { fromDate: '2026-07-27', days: 7, availableDays: ['wed', 'sat'], kind: 'travel' }, '2026-07-27'),
);
show('busy none', applyBusy(p, { fromDate: '2026-07-27', days: 7 }, '2026-07-27'));
show('busy empty', applyBusy(p, { fromDate: '2026-07-27', days: 4, availableDays: [] }, '2026-07-27'));
show('busy past', applyBusy(p, { fromDate: '2026-07-20', days: 3 }, '2026-07-27'));
