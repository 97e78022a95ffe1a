/**
 * The conversation with the model, per runner, in the `history` table: one row per Gemini Content, stored
 * whole (every part, thought signatures included), so that a restart keeps the conversation and the next
 * request is accepted.
 *
 * A turn is the runner's message and everything up to the model's answer: user text, model function calls,
 * function responses, ..., model text. Requests stay small because history is bounded:
 * - the most recent `wholeTurns` turns go to the model whole (long old function results shortened: they are
 *   the user side and carry no signature; the model parts are never touched);
 * - the `textTurns` turns before them are reduced to what was said (runner text, model text);
 * - everything older is dropped, from the request and from the table;
 * - and the whole history stays under `maxChars` (oldest turns go first).
 */
import type { Content, Part } from '@google/genai';
import type { Store } from '../../db/store/index.ts';

export interface HistoryLimits {
  wholeTurns: number;
  textTurns: number;
  maxChars: number;
  /** A function response in a past turn longer than this (JSON characters) is replaced by a note. */
  maxOldResponseChars: number;
}

export const DEFAULT_HISTORY_LIMITS: HistoryLimits = {
  wholeTurns: 2,
  textTurns: 4,
  maxChars: 2600,
  maxOldResponseChars: 600,
};

/** Enough rows for the turns we keep (a turn is at most 2 + 2 × steps rows). */
const ROWS_TO_READ = 120;

export interface StoredTurn {
  /** Id of the turn's first row (the runner's text). */
  firstId: number;
  contents: Content[];
}

export function isTurnStart(c: Content): boolean {
  return c.role === 'user' && (c.parts ?? []).some((p) => typeof p.text === 'string');
}

function isContent(value: unknown): value is Content {
  if (!value || typeof value !== 'object') return false;
  const c = value as Content;
  return (c.role === 'user' || c.role === 'model') && Array.isArray(c.parts);
}

/** Groups stored rows into whole turns, oldest first; a partial turn at the start is left out. */
export function loadTurns(store: Store, userId: number): StoredTurn[] {
  const rows = store.history.recent(userId, ROWS_TO_READ);
  const turns: StoredTurn[] = [];
  for (const row of rows) {
    if (row.role === 'summary' || !isContent(row.content)) continue;
    const content = row.content;
    if (isTurnStart(content)) turns.push({ firstId: row.id, contents: [content] });
    else turns[turns.length - 1]?.contents.push(content);
  }
  // A turn must end with the model's answer; anything else was cut short and is not sent.
  return turns.filter((t) => t.contents[t.contents.length - 1]?.role === 'model');
}

function size(contents: Content[]): number {
  return JSON.stringify(contents).length;
}

function shortenResponses(contents: Content[], maxChars: number): Content[] {
  return contents.map((c) => {
    if (c.role !== 'user' || !(c.parts ?? []).some((p) => p.functionResponse)) return c;
    const parts: Part[] = (c.parts ?? []).map((p) => {
      if (!p.functionResponse || JSON.stringify(p.functionResponse.response ?? {}).length <= maxChars) return p;
      return {
        functionResponse: {
          ...(p.functionResponse.id ? { id: p.functionResponse.id } : {}),
          name: p.functionResponse.name,
          response: { note: 'Older result left out; call the tool again if you need it.' },
        },
      };
    });
    return { role: c.role, parts };
  });
}

/** What was said in a turn: the runner's text and the model's final text; null when there was no text. */
function spokenOnly(turn: Content[]): Content[] | null {
  const first = turn[0];
  const last = turn[turn.length - 1];
  if (!first || !last) return null;
  const said = (c: Content) =>
    (c.parts ?? []).filter((p) => typeof p.text === 'string' && p.thought !== true).map((p) => ({ text: p.text }));
  const userParts = said(first);
  const modelParts = said(last);
  if (userParts.length === 0 || modelParts.length === 0) return null;
  return [
    { role: 'user', parts: userParts },
    { role: 'model', parts: modelParts },
  ];
}

/** The bounded history for the next request, oldest first, and the id before which rows can go. */
export function boundedHistory(
  turns: StoredTurn[],
  limits: HistoryLimits = DEFAULT_HISTORY_LIMITS,
): { contents: Content[]; keepFromId: number | undefined } {
  const kept: { firstId: number; contents: Content[] }[] = [];
  let budget = limits.maxChars;
  for (let i = turns.length - 1, n = 0; i >= 0 && n < limits.wholeTurns + limits.textTurns; i--, n++) {
    const turn = turns[i] as StoredTurn;
    const contents =
      n < limits.wholeTurns ? shortenResponses(turn.contents, limits.maxOldResponseChars) : spokenOnly(turn.contents);
    if (!contents) continue;
    const chars = size(contents);
    if (chars > budget) {
      // A whole turn too big for the budget may still be worth its words.
      const spoken = n < limits.wholeTurns ? spokenOnly(turn.contents) : null;
      if (!spoken || size(spoken) > budget) break;
      budget -= size(spoken);
      kept.unshift({ firstId: turn.firstId, contents: spoken });
      continue;
    }
    budget -= chars;
    kept.unshift({ firstId: turn.firstId, contents });
  }
  const oldestRelevant = turns[Math.max(0, turns.length - limits.wholeTurns - limits.textTurns)];
  return { contents: kept.flatMap((t) => t.contents), keepFromId: oldestRelevant?.firstId };
}

/** Stores a finished turn (all contents, as they were exchanged) and drops rows no request will need. */
export function saveTurn(store: Store, userId: number, contents: Content[], keepFromId: number | undefined): void {
  store.transaction(() => {
    for (const c of contents) store.history.append(userId, c.role === 'model' ? 'model' : 'user', c);
    if (keepFromId !== undefined) store.history.deleteBefore(userId, keepFromId);
  });
}
