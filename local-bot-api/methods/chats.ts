/** Chats, callback queries and files: answerCallbackQuery, sendChatAction, getChat, getFile. */
import { badRequest } from '../errors.ts';
import { MAX_DOWNLOAD } from '../limits.ts';
import { bool, str } from '../params.ts';
import type { BotApiState } from '../state/index.ts';
import type { CallbackAnswer } from '../types.ts';
import type { Methods } from './types.ts';

const CHAT_ACTIONS = new Set([
  'typing',
  'upload_photo',
  'record_video',
  'upload_video',
  'record_voice',
  'upload_voice',
  'upload_document',
  'choose_sticker',
  'find_location',
  'record_video_note',
  'upload_video_note',
]);

export function chatMethods(s: BotApiState): Methods {
  const { chats, files, events } = s;
  return {
    answerCallbackQuery: (p) => {
      const id = str(p, 'callback_query_id') ?? '';
      const query = chats.openQueries.get(id);
      if (!query) throw badRequest('query is too old and response timeout expired or query ID is invalid');
      chats.openQueries.delete(id);
      const text = str(p, 'text');
      if (text !== undefined && text.length > 200) throw badRequest('MESSAGE_TOO_LONG');
      const answer: CallbackAnswer = {
        queryId: id,
        chatId: query.chatId,
        messageId: query.messageId,
        data: query.data,
        showAlert: bool(p, 'show_alert'),
        time: Date.now(),
        ...(text !== undefined ? { text } : {}),
        ...(str(p, 'url') ? { url: str(p, 'url') } : {}),
      };
      chats.callbackAnswers.set(id, answer);
      events.emit('callbackAnswer', answer);
      return true;
    },
    sendChatAction: (p) => {
      const state = chats.chatOf(p);
      const action = str(p, 'action') ?? '';
      if (!CHAT_ACTIONS.has(action)) throw badRequest('wrong parameter action in request');
      state.lastChatAction = { action, time: Date.now() };
      events.emit('chatAction', { chatId: state.chat.id, action });
      return true;
    },
    getChat: (p) => ({ ...chats.chatOf(p).chat }),
    getFile: (p) => {
      const file = files.get(str(p, 'file_id') ?? '');
      if (!file) throw badRequest('invalid file_id');
      if (file.bytes && file.bytes.length > MAX_DOWNLOAD) throw badRequest('file is too big');
      return {
        file_id: file.fileId,
        file_unique_id: file.fileUniqueId,
        ...(file.bytes ? { file_size: file.bytes.length, file_path: file.filePath } : {}),
      };
    },
  };
}
