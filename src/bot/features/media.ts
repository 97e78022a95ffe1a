/**
 * Voice notes, audio files and photos. With the Gemini coach, the file is fetched from Telegram and goes to
 * the model for this turn only (never stored): a voice note acts through the usual tools, a photo of a
 * watch, treadmill or app summary becomes a proposed run with Log / Change / Cancel buttons, logged only on
 * Log. Without Gemini, a short answer asks the runner to type it.
 */
import { Composer } from 'grammy';
import { respondToCalls } from '../../coach/conversation/respond.ts';
import {
  fetchFailed,
  fileTooBig,
  type MediaKind,
  mediaNeedsGemini,
  proposalCancelled,
  proposalChange,
  unsupportedAudio,
  voiceTooLong,
} from '../../coach/replies/media.ts';
import type { MediaMessage, OutgoingMessage } from '../../coach/types.ts';
import { decode } from '../../messages/callback-data.ts';
import { t } from '../../messages/i18n.ts';
import { formatDuration } from '../../training/duration.ts';
import type { BotContext } from '../context.ts';
import { downloadFile, TELEGRAM_DOWNLOAD_LIMIT } from '../files.ts';
import { sendMessages } from '../send.ts';
import { chatLanguage } from './chat-language.ts';
import { ensureRunner } from './start.ts';

/** The longest voice note the coach listens to: a spoken run report takes seconds, not minutes. */
export const MAX_VOICE_SECONDS = 180;

/** Telegram's audio MIME types → the ones Gemini documents (audio understanding guide); others are refused. */
const AUDIO_TYPES: Record<string, string> = {
  'audio/ogg': 'audio/ogg',
  'audio/opus': 'audio/ogg',
  'audio/mpeg': 'audio/mp3',
  'audio/mp3': 'audio/mp3',
  'audio/wav': 'audio/wav',
  'audio/x-wav': 'audio/wav',
  'audio/wave': 'audio/wav',
  'audio/aac': 'audio/aac',
  'audio/flac': 'audio/flac',
  'audio/x-flac': 'audio/flac',
  'audio/aiff': 'audio/aiff',
  'audio/x-aiff': 'audio/aiff',
};
/** Image types Gemini documents (image understanding guide). Telegram's compressed photos are JPEG. */
const IMAGE_TYPES = new Set(['image/jpeg', 'image/png', 'image/webp', 'image/heic', 'image/heif']);

export const mediaFeature = new Composer<BotContext>();

type Incoming = { fileId: string; size: number | undefined; mimeType: string; seconds?: number };

async function answerMedia(ctx: BotContext, kind: MediaKind, incoming: Incoming): Promise<void> {
  if (!ensureRunner(ctx)) return;
  const coach = ctx.deps.coach;
  const lang = chatLanguage(ctx);
  const reply = async (messages: OutgoingMessage[], via = 'offline') => {
    ctx.deps.metrics?.coachTurns.inc({ via });
    await sendMessages(ctx, messages);
  };
  if (!coach.hearsAndSees?.() || !coach.replyToMedia) return reply(mediaNeedsGemini(kind, lang));
  if (incoming.seconds !== undefined && incoming.seconds > MAX_VOICE_SECONDS) {
    return reply(voiceTooLong(incoming.seconds, MAX_VOICE_SECONDS, lang));
  }
  if (incoming.size !== undefined && incoming.size > TELEGRAM_DOWNLOAD_LIMIT) {
    return reply(fileTooBig(kind, incoming.size, TELEGRAM_DOWNLOAD_LIMIT, lang));
  }
  await ctx.replyWithChatAction('typing').catch(() => undefined);
  const file = await downloadFile(ctx, incoming.fileId, incoming.size);
  if (!file.ok) {
    return reply(
      file.reason === 'too_big' ? fileTooBig(kind, file.size, TELEGRAM_DOWNLOAD_LIMIT, lang) : fetchFailed(kind, lang),
    );
  }
  const caption = ctx.message?.caption;
  const media: MediaMessage = {
    kind,
    mimeType: incoming.mimeType,
    data: file.bytes,
    ...(incoming.seconds !== undefined ? { seconds: incoming.seconds } : {}),
    ...(caption ? { caption } : {}),
  };
  const answer = await coach.replyToMedia(ctx.coachCtx(), media);
  await reply(answer.messages, answer.via);
}

mediaFeature.on('message:voice', async (ctx) => {
  const v = ctx.message.voice;
  // Telegram records voice notes as OGG/Opus; the mime_type is optional in the Voice object.
  const mimeType = AUDIO_TYPES[v.mime_type ?? 'audio/ogg'] ?? 'audio/ogg';
  await answerMedia(ctx, 'voice', { fileId: v.file_id, size: v.file_size, mimeType, seconds: v.duration });
});

mediaFeature.on('message:audio', async (ctx) => {
  const a = ctx.message.audio;
  const mimeType = AUDIO_TYPES[(a.mime_type ?? '').toLowerCase()];
  if (!mimeType) {
    if (!ensureRunner(ctx)) return;
    await sendMessages(ctx, unsupportedAudio(a.mime_type, chatLanguage(ctx)));
    return;
  }
  await answerMedia(ctx, 'voice', { fileId: a.file_id, size: a.file_size, mimeType, seconds: a.duration });
});

mediaFeature.on('message:photo', async (ctx) => {
  // Sizes come smallest first; the largest is the original, and easiest to read.
  const sizes = ctx.message.photo;
  const largest = sizes[sizes.length - 1];
  if (!largest) return;
  await answerMedia(ctx, 'photo', { fileId: largest.file_id, size: largest.file_size, mimeType: 'image/jpeg' });
});

/** A photo sent "as a file" (uncompressed) is read like a photo. Other documents go on to other features. */
mediaFeature.on('message:document', async (ctx, next) => {
  const d = ctx.message.document;
  const mimeType = (d.mime_type ?? '').toLowerCase();
  if (!IMAGE_TYPES.has(mimeType)) return next();
  await answerMedia(ctx, 'photo', { fileId: d.file_id, size: d.file_size, mimeType });
});

/** Log / Change / Cancel under a run read from a photo. */
mediaFeature.on('callback_query:data', async (ctx, next) => {
  const action = decode(ctx.callbackQuery.data);
  if (!action || (action.a !== 'plog' && action.a !== 'pchg' && action.a !== 'pno')) return next();
  if (!ctx.runner) {
    await ctx.answerCallbackQuery({ text: t(chatLanguage(ctx), 'feat-toast-start-first') });
    return;
  }
  const lang = chatLanguage(ctx);
  let replies: OutgoingMessage[];
  if (action.a === 'plog') {
    const args = { date: action.date, distanceKm: action.km, duration: formatDuration(action.sec) };
    // log_run is idempotent: a second tap on Log answers "I already had this run".
    replies = respondToCalls(ctx.coachCtx(), [{ name: 'log_run', args }]);
  } else {
    replies = action.a === 'pchg' ? proposalChange(lang) : proposalCancelled(lang);
  }
  await ctx.answerCallbackQuery();
  // The proposal is settled: its buttons go, so an old one cannot be tapped by mistake.
  await ctx.editMessageReplyMarkup().catch(() => undefined);
  await sendMessages(ctx, replies);
});
