import { generatePlan } from './src/training/index.ts';
import { MARATHON_18 } from './test/training/fixtures.ts';

const o = generatePlan(MARATHON_18);
if (!o.ok) throw 1;
for (const w of o.plan.weeks.slice(7))
  console.log(
    w.index,
    w.phase,
    w.startDate,
    w.totalKm,
    w.workouts.map((x) => `${x.date.slice(5)} ${x.type} ${x.distanceKm}`).join(' | '),
  );
const t = o.plan.weeks[5]!.workouts[0]!;
console.log(JSON.stringify(t));
