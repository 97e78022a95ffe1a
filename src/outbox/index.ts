export { ChatSpacing, RateLimiter } from './pacer.ts';
export {
  enqueueRows,
  fileBytes,
  type OutboxFile,
  type OutboxPayload,
  outboxRows,
  parsePayload,
  type ScheduledMessages,
  toPayload,
} from './payload.ts';
export { backoffMs, OutboxSender, type SendApi, type SenderOptions, type SenderStats } from './sender.ts';
