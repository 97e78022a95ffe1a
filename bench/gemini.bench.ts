/**
 * Gemini coach cost: requests per single-tool message (target 2) and the size of a typical request (system
 * prompt + declarations + history) in characters and estimated tokens (chars / 4; target < 3,000 tokens); the
 * first request of a text, a voice-note and a photo turn in tokens as Gemini counts them (text about 4
 * characters a token, audio 32 tokens a second, an image 1,120 tokens: `estimatePromptTokens`).
 * Runs against the fake Gemini server with the real SDK, a real SQLite file and a runner mid-plan.
 *
 *   npx tsx bench/gemini.bench.ts
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { GeminiCoach } from '../src/coach/gemini/index.ts';
import type { CoachContext } from '../src/coach/types.ts';
import { openDatabase } from '../src/db/client.ts';
import { createStore } from '../src/db/store/index.ts';
import { silentLogger } from '../src/log.ts';
import { calls, estimatePromptTokens, FakeGemini, type RecordedRequest, say } from '../test/fakes/gemini-server.ts';
import { type BenchResult, percentiles } from './lib.ts';

const RUNNER = 1001;
const tokens = (chars: number) => Math.round(chars / 4);
/** A coach answer of realistic length (about 200 characters). */
const ANSWER =
  'Here is your week: **easy 6 km** today at a chatty pace, tempo on Thursday, long run on Sunday. Keep the easy days truly easy and tell me how the tempo feels.';

/** Sizes of the parts of one request, in characters of the JSON sent. */
function breakdown(req: RecordedRequest) {
  const system = JSON.stringify(req.body.systemInstruction ?? {}).length;
  const tools = JSON.stringify(req.body.tools ?? []).length;
  const history = JSON.stringify(req.body.contents.slice(0, -1)).length;
  return { total: req.raw.length, system, tools, history };
}

export async function run(): Promise<BenchResult[]> {
  const dir = mkdtempSync(join(tmpdir(), 'runcoach-bench-gemini-'));
  const fake = new FakeGemini();
  const { baseUrl } = await fake.start();
  const store = createStore(openDatabase(join(dir, 'bench.db'), { migrate: true }));
  try {
    store.users.upsert(
      { telegramId: RUNNER, chatId: RUNNER, name: 'Ana', languageCode: 'en' },
      { timezone: 'Europe/Berlin', onboarded: true, weeklyKm: 30 },
    );
    const clock = { now: new Date('2026-12-01T09:00:00Z') };
    const ctx: CoachContext = { userId: RUNNER, store, now: () => clock.now, log: silentLogger };
    const coach = new GeminiCoach({
      apiKey: 'bench-key',
      model: 'gemini-bench',
      baseUrl,
      timeoutMs: 10_000,
      dailyTurns: 10_000,
      maxMessageChars: 4000,
    });

    // A runner with a plan and a few exchanges behind them: the conversation the next request carries.
    const conversation: [string, ReturnType<typeof calls> | null, string][] = [
      [
        'Plan a half marathon on 11 April, 4 days a week',
        calls(['create_plan', { goal: 'half', raceDate: '2027-04-11', daysPerWeek: 4 }]),
        'Your half marathon plan is ready: 19 weeks, starting gently at about 30 km a week.',
      ],
      [
        'My 10k race last month was 48:30',
        calls(['update_profile', { recentRace: { distance: '10k', time: '48:30' } }]),
        'Noted, your paces are set.',
      ],
      ['What is on this week?', calls(['get_workouts', {}]), 'Easy 6 km today, tempo Thursday, long run Sunday.'],
      ['Thanks!', null, 'Any time. Enjoy the run!'],
    ];
    for (const [text, step, answer] of conversation) {
      if (step) fake.enqueue(step);
      fake.enqueue(say(answer));
      await coach.reply(ctx, text);
    }

    // Single-tool messages: how many requests each takes, and how long the coach takes around the fake.
    const singles: [string, ReturnType<typeof calls>][] = [
      ['what are my settings?', calls(['get_profile'])],
      ['what is on this week?', calls(['get_workouts', {}])],
      ['move my long run to Saturday', calls(['update_profile', { longRunDay: 'sat' }])],
      ['what about next week?', calls(['get_workouts', { from: '2026-12-07', to: '2026-12-13' }])],
    ];
    const perMessage: number[] = [];
    const turnMs: number[] = [];
    const firstRequests: RecordedRequest[] = [];
    const allRequests: RecordedRequest[] = [];
    for (let round = 0; round < 5; round++) {
      for (const [text, step] of singles) {
        const before = fake.requests.length;
        fake.enqueue(step, say(ANSWER));
        const t0 = performance.now();
        const reply = await coach.reply(ctx, text);
        turnMs.push(performance.now() - t0);
        if (reply.via !== 'gemini') throw new Error(`bench turn fell back: ${reply.messages[0]?.html}`);
        perMessage.push(fake.requests.length - before);
        firstRequests.push(fake.requests[before] as RecordedRequest);
        allRequests.push(...fake.requests.slice(before));
      }
    }
    // One turn of each kind, single-tool: its requests and the tokens of its first request.
    const VOICE_SECONDS = 15;
    const kinds = [
      {
        name: 'text',
        script: [calls(['log_run', { distanceKm: 8, duration: '44:00' }]), say('Logged: 8 km in 44 min.')],
        turn: () => coach.reply(ctx, 'ran 8 km in 44 minutes, legs heavy'),
      },
      {
        name: `voice (${VOICE_SECONDS} s)`,
        script: [calls(['log_run', { distanceKm: 8, duration: '44:00' }]), say('Heard: 8 km in 44 min, legs heavy.')],
        // Telegram voice notes are Opus at about 32 kbit/s: 4 kB a second.
        turn: () =>
          coach.replyToMedia(ctx, {
            kind: 'voice',
            mimeType: 'audio/ogg',
            data: new Uint8Array(VOICE_SECONDS * 4000),
            seconds: VOICE_SECONDS,
          }),
      },
      {
        name: 'photo',
        script: [calls(['propose_run', { distanceKm: 10.2, duration: '52:30' }]), say('ok')],
        turn: () => coach.replyToMedia(ctx, { kind: 'photo', mimeType: 'image/jpeg', data: new Uint8Array(150_000) }),
      },
    ];
    const perKind: BenchResult[] = [];
    for (const kind of kinds) {
      const before = fake.requests.length;
      fake.enqueue(...kind.script);
      const reply = await kind.turn();
      if (reply.via !== 'gemini') throw new Error(`bench ${kind.name} turn fell back: ${reply.messages[0]?.html}`);
      const requestsOfTurn = fake.requests.length - before;
      const first = fake.requests[before] as RecordedRequest;
      perKind.push(
        {
          suite: 'gemini',
          name: `${kind.name} turn: first request, tokens`,
          value: estimatePromptTokens(first.body),
          unit: 'tokens',
        },
        {
          suite: 'gemini',
          name: `${kind.name} turn: requests (single tool)`,
          value: requestsOfTurn,
          unit: 'requests',
          target: '2',
          ok: requestsOfTurn <= 2,
        },
      );
    }
    if (fake.violations.length) throw new Error(`fake Gemini refused: ${fake.violations[0]}`);

    const sizes = firstRequests.map(breakdown);
    const typical = percentiles(sizes.map((s) => s.total)).median;
    const largest = Math.max(...allRequests.map((r) => r.raw.length));
    const median = (f: (s: ReturnType<typeof breakdown>) => number) => percentiles(sizes.map(f)).median;
    const requests = percentiles(perMessage).mean;
    const ms = percentiles(turnMs);
    const typicalTokens = tokens(typical);
    return [
      {
        suite: 'gemini',
        name: 'requests per single-tool message',
        value: requests,
        unit: 'requests',
        target: '2',
        ok: requests <= 2,
      },
      { suite: 'gemini', name: 'typical request, total (median)', value: typical, unit: 'chars' },
      {
        suite: 'gemini',
        name: 'typical request, estimated tokens (chars/4)',
        value: typicalTokens,
        unit: 'tokens',
        target: '< 3000',
        ok: typicalTokens < 3000,
      },
      { suite: 'gemini', name: '  of which system prompt + facts', value: median((s) => s.system), unit: 'chars' },
      { suite: 'gemini', name: '  of which function declarations', value: median((s) => s.tools), unit: 'chars' },
      { suite: 'gemini', name: '  of which history', value: median((s) => s.history), unit: 'chars' },
      { suite: 'gemini', name: 'largest request of the session', value: tokens(largest), unit: 'tokens' },
      {
        suite: 'gemini',
        name: 'coach turn incl. 2 fake round trips, median',
        value: Math.round(ms.median * 10) / 10,
        unit: 'ms',
      },
      ...perKind,
    ];
  } finally {
    store.close();
    await fake.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const results = await run();
  console.table(
    results.map((r) => ({ name: r.name, value: r.value, unit: r.unit, target: r.target ?? '', ok: r.ok ?? '' })),
  );
}
