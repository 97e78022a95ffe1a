export { isJobName, JOB_NAMES, type JobContext, type JobName, type JobResult } from './context.ts';
export { type Delivery, senderApi, startDelivery } from './delivery.ts';
export { eveningMessages, runEvening } from './evening.ts';
export { morningMessages, runMorning } from './morning.ts';
export { RETENTION_DAYS, runRetention } from './retention.ts';
export { runJob, slotKey } from './run.ts';
export {
  backfillSchedules,
  CATCH_UP_MS,
  computeNextSends,
  dueSlot,
  lastSlot,
  type NextSends,
  nextDueAt,
  nextSlot,
  refreshSchedule,
  type ScheduleKind,
  type Slot,
  slotOn,
} from './schedule.ts';
export { Scheduler, TICK_JOBS } from './scheduler.ts';
export { type Audience, chartBars, runWeekly, weeklyMessages, weeklyReport, weeklyText } from './weekly.ts';
