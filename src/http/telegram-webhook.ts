/** POST /telegram/webhook: Telegram's updates in webhook mode, checked against TELEGRAM_WEBHOOK_SECRET. */
import express, { Router } from 'express';
import { type Bot, webhookCallback } from 'grammy';
import type { BotContext } from '../bot/context.ts';
import { BODY_LIMIT } from './server.ts';

export const TELEGRAM_WEBHOOK_PATH = '/telegram/webhook';

export interface TelegramWebhookOptions {
  secretToken: string;
  /** How long one update may take before Telegram gets its answer (handling goes on after). */
  timeoutMs: number;
}

export function createTelegramWebhookRouter(bot: Bot<BotContext>, options: TelegramWebhookOptions): Router {
  const router = Router();
  // grammY's adapter checks X-Telegram-Bot-Api-Secret-Token itself (401 without the right one).
  router.post(
    TELEGRAM_WEBHOOK_PATH,
    express.json({ limit: BODY_LIMIT }),
    webhookCallback(bot, 'express', {
      secretToken: options.secretToken,
      timeoutMilliseconds: options.timeoutMs,
      // Answer Telegram in time (it would retry and repeat the update) and let slow handling finish.
      onTimeout: 'return',
    }),
  );
  return router;
}
