/** detectMessages: pausing and resuming scheduled messages (set_messages). */
import { describe, expect, it } from 'vitest';
import { detectMessages, messageKinds } from '../../../../src/coach/offline/understand/messages.ts';
import { type Seen, tools } from '../helpers.ts';
import { input, LONG, run } from './input.ts';

type Kind = 'morning' | 'evening' | 'weekly';
const set = (paused: boolean, kinds?: Kind[]): Seen =>
  tools({ name: 'set_messages', args: kinds ? { paused, kinds } : { paused } });

describe('detectMessages', () => {
  it.each<[string, Seen]>([
    ['please stop sending me morning messages', set(true, ['morning'])],
    ['pause the evening check-ins', set(true, ['evening'])],
    ['no more reminders', set(true)],
    ['mute the weekly summary', set(true, ['weekly'])],
    ['turn the morning messages off', set(true, ['morning'])],
    ['resume the evening check-ins', set(false, ['evening'])],
    ['turn the weekly summary back on', set(false, ['weekly'])],
    ['send me the morning messages again', set(false, ['morning'])],
    ['stop the morning and evening messages', set(true, ['morning', 'evening'])],
  ])('%s', (text, expected) => {
    expect(run(detectMessages, text)).toEqual(expected);
  });

  it.each<[string, string, Seen]>([
    ['es', 'deja de enviarme los mensajes de la mañana', set(true, ['morning'])],
    ['es', 'vuelve a enviarme los recordatorios', set(false)],
    ['de', 'keine Nachrichten mehr', set(true)],
    ['de', 'Morgennachrichten bitte pausieren', set(true, ['morning'])],
    ['fr', "arrête de m'envoyer des messages", set(true)],
    ['fr', 'reprends les messages du matin', set(false, ['morning'])],
    ['it', 'metti in pausa i promemoria', set(true)],
    ['pt', 'para de me mandar mensagens', set(true)],
    ['ru', 'не присылай сообщения', set(true)],
    ['ru', 'возобнови вечерние сообщения', set(false, ['evening'])],
    ['uk', 'не надсилай повідомлення', set(true)],
    ['uk', 'віднови ранкові повідомлення', set(false, ['morning'])],
  ])('%s: %s', (language, text, expected) => {
    expect(run(detectMessages, text, { language })).toEqual(expected);
  });

  it.each(['stop during my morning run', 'stop', 'I texted my friend', 'messages', '', '🔕'])(
    'not about messages: %j',
    (text) => {
      expect(run(detectMessages, text)).toBeNull();
    },
  );

  it('messageKinds names the kinds mentioned, or none', () => {
    expect(messageKinds('daily workout messages and the weekly summary')).toEqual(['morning', 'weekly']);
    expect(messageKinds('all messages')).toBeUndefined();
  });

  it('never throws on 4,000 characters', () => {
    expect(() => detectMessages(input(`stop messages ${LONG}`))).not.toThrow();
  });
});
