/**
 * Files runners send (voice notes, photos, documents), fetched like from Telegram: getFile, then
 * `{apiRoot}/file/bot<token>/<file_path>`. Bots may download files of up to 20 MB (Bot API, getFile); bigger
 * ones are refused before any transfer. The URL holds the bot token, so it is never logged.
 */
import { GrammyError } from 'grammy';
import type { BotContext } from './context.ts';

/** "For the moment, bots can download files of up to 20MB in size" (Bot API, getFile). */
export const TELEGRAM_DOWNLOAD_LIMIT = 20 * 1024 * 1024;
const DOWNLOAD_TIMEOUT_MS = 30_000;

export type Download =
  | { ok: true; bytes: Uint8Array; filePath: string }
  | { ok: false; reason: 'too_big'; size?: number }
  | { ok: false; reason: 'failed' };

/**
 * Downloads one file the runner sent. `knownSize` (the message's file_size) lets an oversized file be refused
 * without asking Telegram. Never throws.
 */
export async function downloadFile(
  ctx: BotContext,
  fileId: string,
  knownSize?: number,
  maxBytes = TELEGRAM_DOWNLOAD_LIMIT,
): Promise<Download> {
  if (knownSize !== undefined && knownSize > maxBytes) return { ok: false, reason: 'too_big', size: knownSize };
  try {
    const file = await ctx.api.getFile(fileId);
    if (file.file_size !== undefined && file.file_size > maxBytes) {
      return { ok: false, reason: 'too_big', size: file.file_size };
    }
    if (!file.file_path) return { ok: false, reason: 'failed' };
    const url = `${ctx.deps.apiRoot}/file/bot${ctx.deps.token}/${file.file_path}`;
    const res = await fetch(url, { signal: AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS) });
    if (!res.ok) {
      ctx.deps.log.warn({ status: res.status, filePath: file.file_path }, 'file download failed');
      return { ok: false, reason: 'failed' };
    }
    const declared = Number(res.headers.get('content-length') ?? Number.NaN);
    if (declared > maxBytes) return { ok: false, reason: 'too_big', size: declared };
    const bytes = new Uint8Array(await res.arrayBuffer());
    if (bytes.length > maxBytes) return { ok: false, reason: 'too_big', size: bytes.length };
    return { ok: true, bytes, filePath: file.file_path };
  } catch (err) {
    if (err instanceof GrammyError && /file is too big/i.test(err.description)) {
      return { ok: false, reason: 'too_big', ...(knownSize !== undefined ? { size: knownSize } : {}) };
    }
    const name = err instanceof Error ? err.name : 'Error';
    ctx.deps.log.warn(
      { error: name, message: err instanceof GrammyError ? err.description : undefined },
      'file download failed',
    );
    return { ok: false, reason: 'failed' };
  }
}
