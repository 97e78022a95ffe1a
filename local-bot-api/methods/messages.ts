/** Sending, editing and deleting messages: sendMessage, sendDocument, sendPhoto, editMessage*, deleteMessage(s). */
import { badRequest } from '../errors.ts';
import { pngSize } from '../images.ts';
import { MAX_CAPTION, MAX_DOCUMENT, MAX_PHOTO, MAX_TEXT } from '../limits.ts';
import { int, obj, str } from '../params.ts';
import type { BotApiState } from '../state/index.ts';
import { parseText } from './text.ts';
import type { Methods } from './types.ts';

export function messageMethods(s: BotApiState): Methods {
  const { chats, files } = s;
  return {
    sendMessage: (p) => {
      const state = chats.chatOf(p);
      if ((str(p, 'text') ?? '') === '') throw badRequest('message text is empty');
      const parsed = parseText(p, 'text');
      if (parsed.text.trim() === '') throw badRequest('message text is empty');
      if (parsed.text.length > MAX_TEXT) throw badRequest('message is too long');
      return chats.addBotMessage(state, 'text', parsed, p, 'text', {});
    },
    sendDocument: (p, uploads) => {
      const state = chats.chatOf(p);
      const parsed = parseText(p, 'caption');
      if (parsed.text.length > MAX_CAPTION) throw badRequest('message caption is too long');
      const file = files.resolveInput(p, uploads, 'document', MAX_DOCUMENT);
      const document = {
        file_id: file.fileId,
        file_unique_id: file.fileUniqueId,
        file_name: file.filename,
        mime_type: file.mimeType,
        ...(file.bytes ? { file_size: file.bytes.length } : {}),
      };
      return chats.addBotMessage(state, 'document', parsed, p, 'caption', { document }, file);
    },
    sendPhoto: (p, uploads) => {
      const state = chats.chatOf(p);
      const parsed = parseText(p, 'caption');
      if (parsed.text.length > MAX_CAPTION) throw badRequest('message caption is too long');
      const file = files.resolveInput(p, uploads, 'photo', MAX_PHOTO, 'photo');
      if (file.bytes && file.width === undefined) Object.assign(file, pngSize(file.bytes));
      const photo = [
        {
          file_id: file.fileId,
          file_unique_id: file.fileUniqueId,
          width: file.width ?? 0,
          height: file.height ?? 0,
          ...(file.bytes ? { file_size: file.bytes.length } : {}),
        },
      ];
      return chats.addBotMessage(state, 'photo', parsed, p, 'caption', { photo }, file);
    },
    editMessageText: (p) => {
      const { stored } = chats.findEditable(p);
      if (stored.kind !== 'text') throw badRequest('there is no text in the message to edit');
      if ((str(p, 'text') ?? '') === '') throw badRequest('message text is empty');
      const parsed = parseText(p, 'text');
      if (parsed.text.trim() === '') throw badRequest('message text is empty');
      if (parsed.text.length > MAX_TEXT) throw badRequest('MESSAGE_TOO_LONG');
      return chats.applyEdit(stored, p, { text: { ...parsed, key: 'text' }, markup: false });
    },
    editMessageCaption: (p) => {
      const { stored } = chats.findEditable(p);
      if (stored.kind === 'text') throw badRequest('there is no caption in the message to edit');
      const parsed = parseText(p, 'caption');
      if (parsed.text.length > MAX_CAPTION) throw badRequest('message caption is too long');
      return chats.applyEdit(stored, p, { text: { ...parsed, key: 'caption' }, markup: false });
    },
    editMessageReplyMarkup: (p) => {
      const { stored } = chats.findEditable(p);
      return chats.applyEdit(stored, p, { markup: true });
    },
    deleteMessage: (p) => {
      const state = chats.chatOf(p);
      if (!chats.delete(state, int(p, 'message_id') ?? -1)) throw badRequest('message to delete not found');
      return true;
    },
    deleteMessages: (p) => {
      const state = chats.chatOf(p);
      const ids = obj<number[]>(p, 'message_ids', 'message identifiers') ?? [];
      for (const id of ids) chats.delete(state, Number(id));
      return true;
    },
  };
}
