import { applyFeedback } from './src/training/adaptation/feedback.ts';
import { applyIllness } from './src/training/adaptation/illness.ts';
import { applyReturn } from './src/training/adaptation/return.ts';
import { generatePlan } from './src/training/index.ts';
import { MARATHON_18 } from './test/training/fixtures.ts';

const o = generatePlan(MARATHON_18);
if (!o.ok) throw 1;
const p = o.plan;
const show = (a: any) => {
  console.log(JSON.stringify(a.advice), a.stopRunningAdvice);
  for (const c of a.changes)
    console.log(
      c.date,
      c.before && `${c.before.type} ${c.before.distanceKm} ${c.before.status}`,
      '->',
      c.after && `${c.after.type} ${c.after.distanceKm} ${c.after.status}`,
      JSON.stringify(c.reasons),
    );
};

console.log('--- hold then return');
const h = applyFeedback(p, { date: '2026-07-28', rpe: 5, pain: { location: 'knee', severity: 6 } }, '2026-07-28');
console.log(h.changes.length, JSON.stringify(h.advice));
show(applyReturn(h.plan, { breakFrom: '2026-07-29', resumeOn: '2026-08-10' }, '2026-08-10'));
