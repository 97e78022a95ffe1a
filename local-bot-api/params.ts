import { badRequest } from './errors.ts';

export type Params = Record<string, unknown>;

const INT_FIELDS = new Set([
  'chat_id',
  'message_id',
  'offset',
  'limit',
  'timeout',
  'reply_to_message_id',
  'max_connections',
  'cache_time',
  'message_thread_id',
  'user_id',
  'from_chat_id',
]);

const BOOL_FIELDS = new Set([
  'show_alert',
  'disable_notification',
  'protect_content',
  'drop_pending_updates',
  'disable_web_page_preview',
  'disable_content_type_detection',
  'allow_sending_without_reply',
  'has_spoiler',
  'show_caption_above_media',
]);

const JSON_FIELDS = new Set([
  'reply_markup',
  'entities',
  'caption_entities',
  'allowed_updates',
  'commands',
  'scope',
  'menu_button',
  'link_preview_options',
  'reply_parameters',
  'media',
  'message_ids',
]);

/** Turns form/query string values into what a JSON body would have carried. */
export function normalizeParams(raw: Record<string, unknown>): Params {
  const out: Params = {};
  for (const [key, value] of Object.entries(raw)) {
    if (typeof value !== 'string') {
      out[key] = value;
    } else if (INT_FIELDS.has(key) && /^-?\d+$/.test(value)) {
      out[key] = Number(value);
    } else if (BOOL_FIELDS.has(key)) {
      out[key] = value === 'true' || value === '1';
    } else if (JSON_FIELDS.has(key) && /^\s*[[{"]/.test(value)) {
      try {
        out[key] = JSON.parse(value);
      } catch {
        out[key] = value; // left as a string; the handler answers "can't parse"
      }
    } else {
      out[key] = value;
    }
  }
  return out;
}

export function int(p: Params, key: string): number | undefined {
  const v = p[key];
  if (v === undefined || v === null || v === '') return undefined;
  const n = typeof v === 'number' ? v : typeof v === 'string' && /^-?\d+$/.test(v) ? Number(v) : Number.NaN;
  if (!Number.isInteger(n)) throw badRequest(`invalid ${key} specified`);
  return n;
}

export function str(p: Params, key: string): string | undefined {
  const v = p[key];
  if (v === undefined || v === null) return undefined;
  return typeof v === 'string' ? v : String(v);
}

export function bool(p: Params, key: string): boolean {
  const v = p[key];
  return v === true || v === 'true' || v === 1 || v === '1';
}

export function obj<T>(p: Params, key: string, what: string): T | undefined {
  const v = p[key];
  if (v === undefined || v === null || v === '') return undefined;
  if (typeof v === 'object') return v as T;
  throw badRequest(`can't parse ${what} JSON object`);
}

export function chatId(p: Params): number {
  const v = p.chat_id;
  if (v === undefined || v === null || v === '') throw badRequest('chat_id is empty');
  if (typeof v === 'number' && Number.isInteger(v)) return v;
  if (typeof v === 'string' && /^-?\d+$/.test(v)) return Number(v);
  throw badRequest('chat not found');
}
