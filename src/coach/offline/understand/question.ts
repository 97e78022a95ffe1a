/** Questions about today, tomorrow, a day, the week, the plan. */
import { addDays, mondayOf } from '../dates.ts';
import { dayMentions } from './helpers.ts';
import type { Input, Outcome, QuestionTopic } from './types.ts';

export function detectQuestion(i: Input): Outcome {
  const { t } = i;
  const q =
    /\?\s*$/.test(t) ||
    /^(?:what|what's|whats|wat|when|how|show|which|where|is|are|do|does|did|can|could|tell me|give me|list|display|view|see|any|anything)\b/.test(
      t,
    );
  const bare = t.replace(/[^a-z' ]/g, '').trim();
  if (
    /^\/?(?:help|start|menu|commands|options)$|^\?+$|\bwhat can you do\b|\bhow does (?:this|it) work\b|\bhow do i use\b|\bwhat can i (?:say|ask|do)\b|\bwhat do you do\b/.test(
      t,
    )
  ) {
    return { kind: 'question', topic: 'help' };
  }
  if (/\bhelp\b/.test(t) && t.length < 40 && !/\bhelp me (?:train|prepare|get)\b/.test(t))
    return { kind: 'question', topic: 'help' };
  if (
    /\b(?:progress|stats|statistics|how am i doing|how i'm doing|how i am doing|am i improving|improv(?:ing|ement)|fitness|vdot|summary|my numbers|my paces?|training load)\b/.test(
      t,
    ) &&
    (q || bare.split(' ').length <= 3)
  ) {
    return { kind: 'question', topic: 'progress' };
  }
  if (
    /\b(?:settings|profile|my details|my info|preferences|my time ?zone|my units|what do you know about me|who am i)\b/.test(
      t,
    ) &&
    (q || bare.split(' ').length <= 3)
  ) {
    return { kind: 'question', topic: 'profile' };
  }
  const single = /^(?:\/?(today|tomorrow|week|plan|progress|profile|settings))$/.exec(bare);
  if (single?.[1]) {
    const map: Record<string, QuestionTopic> = { settings: 'profile' };
    const topic = (map[single[1]] ?? single[1]) as QuestionTopic;
    return topic === 'today'
      ? { kind: 'question', topic, date: i.today }
      : topic === 'tomorrow'
        ? { kind: 'question', topic, date: addDays(i.today, 1) }
        : { kind: 'question', topic };
  }
  const runWords = /\b(?:run|running|workout|session|training|do|doing|on|plan|planned|scheduled|up|have|got)\b/;
  const ms = i.dates('future');
  const week = ms.find((m) => m.period === 'this-week' || m.period === 'next-week' || m.period === 'last-week');
  if ((q || /\bmy week\b/.test(t)) && (week || /\b(?:my|the) week\b|\bweekly\b/.test(t))) {
    return week && week.period !== 'this-week'
      ? { kind: 'question', topic: 'week', date: mondayOf(week.date) }
      : { kind: 'question', topic: 'week' };
  }
  if (
    /\b(?:show|see|view|display|send|what's|whats|what is)\b.*\bplan\b|\bmy plan\b|\bthe plan\b|\btraining plan\b/.test(
      t,
    ) &&
    !/\b(?:create|make|build|new)\b/.test(t)
  ) {
    return { kind: 'question', topic: 'plan' };
  }
  const day = dayMentions(ms)[0];
  if (
    day &&
    (q || /^(?:today|tomorrow)(?:'s)?\b/.test(t) || /\b(?:today|tomorrow)'s (?:run|workout|session|plan)\b/.test(t))
  ) {
    if (!q && !runWords.test(t)) return null;
    if (day.date === i.today) return { kind: 'question', topic: 'today', date: day.date };
    if (day.date === addDays(i.today, 1)) return { kind: 'question', topic: 'tomorrow', date: day.date };
    return { kind: 'question', topic: 'day', date: day.date };
  }
  // "when is my next long run?": the week shows where each kind of session sits.
  if (
    q &&
    /\b(?:when|next)\b/.test(t) &&
    /\b(?:long run|tempo|intervals|hills|hill repeats|speed ?work|rest day)\b/.test(t)
  ) {
    return { kind: 'question', topic: 'week' };
  }
  if (q && /\b(?:run|workout|session|training)\b/.test(t) && /\b(?:what|what's|whats|which|do i|should i)\b/.test(t)) {
    return { kind: 'question', topic: 'today', date: i.today };
  }
  if (q && /\bplan\b/.test(t)) return { kind: 'question', topic: 'plan' };
  return null;
}
