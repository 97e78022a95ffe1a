/**
 * The Mini App's server side: the built app at `/app` and its JSON API under `/api/` (contracts.md, "HTTP").
 *
 * Every API request carries `Authorization: tma <initData>`; the runner is the user named in the validated
 * initData and nothing else (design.md, principle 2). Every change goes through the coach tools, exactly as the
 * bot's commands and buttons do, so the chat and the app stay in step.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import express, {
  type ErrorRequestHandler,
  type NextFunction,
  type Request,
  type Response,
  type Router,
} from 'express';
import { rateLimit } from 'express-rate-limit';
import type * as z from 'zod/mini';
import { feedUrl, planFeed } from '../calendar/feed.ts';
import { predictedTimes } from '../coach/engine.ts';
import { exportUser } from '../coach/export.ts';
import { callTool } from '../coach/tools/index.ts';
import type { ToolName } from '../coach/tools/schemas.ts';
import { failureText } from '../coach/tools/tool.ts';
import type { CoachContext } from '../coach/types.ts';
import { isBusyError } from '../db/busy.ts';
import type { Store } from '../db/store/index.ts';
import { workoutFromRow } from '../db/store/plans.ts';
import type { Logger } from '../log.ts';
import { issuesRefs } from '../messages/issues.ts';
import { languageOf, localeOf } from '../messages/languages.ts';
import { type MessageRef, ref } from '../messages/refs.ts';
import { localDate } from '../time/local.ts';
import { resolveTimeZone } from '../time/zones.ts';
import { planWeekRange, planWeekTotals } from '../training/load/week-totals.ts';
import { projectPath } from '../util/project-root.ts';
import { encodeWorkoutFit, fitFileName } from '../workouts/fit.ts';
import { DEV_LOGIN_KEY } from './dev-login.ts';
import { validateInitData } from './init-data.ts';
import {
  dateParam,
  doneBody,
  moveBody,
  progressQuery,
  type SettingsPatch,
  settingsSchema,
  skipBody,
} from './schemas.ts';
import { sendError, speechOf } from './speech.ts';

export interface WebAppDeps {
  store: Store;
  log: Logger;
  now: () => Date;
  /** The bot token: the key of Telegram's initData signature. */
  botToken: string;
  /** Accept the dev-only login of `npm run chat` (`Authorization: tma-dev ...`). Production never sets it. */
  devLogin?: boolean;
  /** Where the built app lives (default: web/dist of this repository). */
  staticDir?: string;
  /** Called when settings that move scheduled messages change (as the bot's CoachContext does). */
  onScheduleChanged?: (userId: number) => void;
  /** Called after a change that may have moved the plan (done, skip, move, settings): intervals.icu follows. */
  onPlanChanged?: (userId: number) => void;
  /** Where the service is reachable from outside: the calendar feed's link (default: the request's origin). */
  publicUrl?: string;
  /** API requests per minute per runner (default 120; 0 turns it off, for benches). */
  perUserPerMinute?: number;
}

export const WEB_DIST = projectPath('web', 'dist');
/** Small JSON bodies only: the largest is the settings form. */
export const API_BODY_LIMIT = '8kb';

const UNAUTHORIZED: Record<string, string> = {
  missing: 'err-web-auth-missing',
  malformed: 'err-web-auth-malformed',
  forged: 'err-web-auth-forged',
  stale: 'err-web-auth-stale',
};

const NOT_STARTED = ref('err-web-not-started');
const NOT_FOUND = ref('err-web-not-found');

/** Why a typed place is not a zone (src/time/zones.ts); English keeps the resolver's own sentence. */
const ZONE_PROBLEM: Record<'empty' | 'ambiguous' | 'unknown', string> = {
  empty: 'err-zone-empty',
  ambiguous: 'err-zone-ambiguous',
  unknown: 'err-zone-unknown',
};

type Locals = { userId: number };

export function createWebAppRouter(deps: WebAppDeps): Router {
  const router = express.Router();
  const staticDir = deps.staticDir ?? WEB_DIST;

  // ---- /app: the built React app; index.html for /app and every client route.
  const indexHtml = join(staticDir, 'index.html');
  router.use('/app/assets', gzipAssets(join(staticDir, 'assets')));
  router.use(
    '/app/assets',
    express.static(join(staticDir, 'assets'), { index: false, immutable: true, maxAge: '365d', fallthrough: true }),
  );
  router.use('/app/assets', (req, res) => {
    sendError(deps.store, req, res, 404, NOT_FOUND);
  });
  router.get(['/app', '/app/{*path}'], (_req, res) => {
    if (!existsSync(indexHtml)) {
      res
        .status(503)
        .type('text/plain')
        .send('The Mini App is not built: run `npm run build` (npm ci does it through the prepare script).');
      return;
    }
    res.set('Cache-Control', 'no-cache').type('html').send(readFileSync(indexHtml));
  });

  // ---- /calendar/TOKEN.ics: the runner's private feed; the token is the only key (a renewed one retires it).
  router.get('/calendar/:file', (req, res) => {
    const token = /^([A-Za-z0-9_-]{20,100})\.ics$/.exec(req.params.file)?.[1];
    const userId = token ? deps.store.calendarFeeds.userOf(token) : undefined;
    const user = userId === undefined ? undefined : deps.store.users.get(userId);
    if (!user) {
      res
        .status(404)
        .type('text/plain')
        .send('This calendar link is unknown or was renewed: send /calendar to the bot.');
      return;
    }
    const speech = { lang: languageOf(user), locale: localeOf(user) };
    const body = planFeed(user.telegramId, deps.store.plans.getActive(user.telegramId), user.units, deps.now(), speech);
    res.set('Cache-Control', 'private, max-age=300').type('text/calendar; charset=utf-8').send(body);
  });

  // ---- /api: authenticated JSON.
  const api = express.Router();
  router.use('/api', api);
  api.use((_req, res, next) => {
    res.set('Cache-Control', 'no-store');
    next();
  });
  api.use(authenticate(deps));
  const perUser = deps.perUserPerMinute ?? 120;
  if (perUser > 0) {
    api.use(
      rateLimit({
        windowMs: 60_000,
        limit: perUser,
        standardHeaders: 'draft-8',
        legacyHeaders: false,
        keyGenerator: (_req, res) => `tg:${(res.locals as Locals).userId}`,
        handler: (req, res) => {
          sendError(deps.store, req, res, 429, ref('err-web-rate-limited'));
        },
      }),
    );
  }
  // Not strict: a JSON `null` or number reaches zod, which says what was expected.
  api.use(express.json({ limit: API_BODY_LIMIT, strict: false }));

  const ctxOf = (res: Response): CoachContext => ({
    userId: (res.locals as Locals).userId,
    store: deps.store,
    now: deps.now,
    log: deps.log,
    onScheduleChanged: deps.onScheduleChanged,
  });
  const started = (res: Response): boolean => {
    if (deps.store.users.get((res.locals as Locals).userId)) return true;
    sendError(deps.store, res.req, res, 404, NOT_STARTED);
    return false;
  };
  /** Runs a tool for the authenticated runner: 200 with its data, or 422 with the tool's own message. */
  const tool = <N extends ToolName>(res: Response, name: N, args: unknown) => {
    const outcome = callTool(ctxOf(res), name, args);
    if (!outcome.result.ok) {
      const failure = outcome.result;
      const { lang, locale } = speechOf(deps.store, res.req, res);
      const code = failure.message ? { code: failure.message.key } : {};
      res.status(422).json({ error: failureText(lang, failure, locale), ...code });
      return undefined;
    }
    return outcome.result.data;
  };

  api.get('/plan', (_req, res) => {
    res.json(deps.store.plans.getActive((res.locals as Locals).userId));
  });

  api.get('/me', (req, res) => {
    const data = exportUser(deps.store, (res.locals as Locals).userId);
    if (!data) {
      sendError(deps.store, req, res, 404, NOT_STARTED);
      return;
    }
    res.json(data.user);
  });

  // The calendar's numbers: each plan week's planned and done km (the definition /week, /plan, Progress and the
  // export use) and the runs logged in the plan's weeks, to show beside the planned workouts.
  api.get('/calendar', (_req, res) => {
    if (!started(res)) return;
    const userId = (res.locals as Locals).userId;
    const user = deps.store.users.get(userId);
    const plan = deps.store.plans.getActive(userId);
    const today = user ? localDate(deps.now(), user.timezone) : null;
    if (!plan || plan.weeks.length === 0) return void res.json({ today, weeks: [], runs: [] });
    const from = planWeekRange(plan, 0).from;
    const to = planWeekRange(plan, plan.weeks.length - 1).to;
    const runs = deps.store.runs.between(userId, from, to);
    res.json({
      today,
      weeks: planWeekTotals(plan, runs),
      runs: runs.map((r) => ({
        date: r.date,
        distanceKm: r.distanceKm,
        durationSec: r.durationSec,
        paceSecPerKm: r.distanceKm > 0 ? Math.round(r.durationSec / r.distanceKm) : null,
        source: r.source,
      })),
    });
  });

  api.get('/progress', (req, res) => {
    const query = parse(deps.store, progressQuery, req.query, res, 'query');
    if (!query || !started(res)) return;
    const data = tool(res, 'get_progress', { weeks: query.weeks ?? 12 });
    if (!data) return;
    const user = deps.store.users.get((res.locals as Locals).userId);
    const plan = deps.store.plans.getActive((res.locals as Locals).userId);
    const vdot = plan?.vdot ?? null;
    res.json({
      today: user ? localDate(deps.now(), user.timezone) : null,
      report: data.report,
      vdot,
      goal: plan?.goal ?? null,
      predictions: vdot ? predictedTimes(vdot) : null,
    });
  });

  const workoutRoute = (
    action: 'done' | 'skip' | 'move',
    run: (res: Response, date: string, body: unknown) => unknown,
    schema: z.ZodMiniType,
  ) => {
    api.post(`/workouts/:date/${action}`, (req, res) => {
      const date = parse(deps.store, dateParam, req.params.date, res, 'date');
      if (date === undefined) return;
      const body = parse(deps.store, schema, req.body === undefined ? {} : req.body, res, 'body');
      if (body === undefined || !started(res)) return;
      const data = run(res, date, body);
      if (data === undefined) return;
      deps.onPlanChanged?.((res.locals as Locals).userId);
      res.json({ ok: true, ...(data as object) });
    });
  };
  workoutRoute('done', (res, date, body) => tool(res, 'complete_workout', { date, ...(body as object) }), doneBody);
  workoutRoute('skip', (res, date, body) => tool(res, 'skip_workout', { date, ...(body as object) }), skipBody);
  workoutRoute(
    'move',
    (res, date, body) => tool(res, 'reschedule_workout', { date, newDate: (body as { newDate: string }).newDate }),
    moveBody,
  );

  // The runner's calendar feed link, for the Mini App's "Subscribe" (made on first use, as /calendar does).
  api.get('/calendar/feed', (req, res) => {
    if (!started(res)) return;
    const base = deps.publicUrl ?? `${req.protocol}://${req.get('host')}`;
    res.json({ url: feedUrl(deps.store, base, (res.locals as Locals).userId) });
  });

  // The workout of a local date as a FIT workout file (contracts.md); 404 on a rest day.
  api.get('/workouts/:date/fit', (req, res) => {
    const date = parse(deps.store, dateParam, req.params.date, res, 'date');
    if (date === undefined || !started(res)) return;
    const row = deps.store.plans.workoutOn((res.locals as Locals).userId, date);
    if (!row) {
      sendError(deps.store, req, res, 404, ref('err-web-rest-day', { date: { day: date } }));
      return;
    }
    const workout = workoutFromRow(row);
    res
      .status(200)
      .attachment(fitFileName(workout))
      .type('application/vnd.ant.fit')
      .send(
        Buffer.from(
          encodeWorkoutFit(workout, deps.now(), languageOf(deps.store.users.get((res.locals as Locals).userId))),
        ),
      );
  });

  api.patch('/settings', (req, res) => {
    const patch = parse(deps.store, settingsSchema, req.body === undefined ? {} : req.body, res, 'body') as
      | SettingsPatch
      | undefined;
    if (!patch || !started(res)) return;
    if (patch.timezone !== undefined) {
      // "Berlin" works here as it does in the chat: one resolution for every face.
      const zone = resolveTimeZone(patch.timezone);
      if (!zone.ok) {
        const problem = { ...ref(ZONE_PROBLEM[zone.reason], { input: patch.timezone }), en: zone.message };
        const said = ref('err-arg-said', { field: { field: ['timezone'] }, text: { refs: [problem] } });
        return void sendError(
          deps.store,
          req,
          res,
          400,
          ref('err-web-bad', { what: 'body', issues: { refs: [said] } }),
        );
      }
      patch.timezone = zone.zone;
    }
    const data = tool(res, 'update_profile', patch);
    if (!data) return;
    deps.onPlanChanged?.((res.locals as Locals).userId);
    res.json({ ok: true, changed: data.changed, user: exportUser(deps.store, (res.locals as Locals).userId)?.user });
  });

  api.use((req, res) => {
    sendError(deps.store, req, res, 404, NOT_FOUND);
  });
  const onError: ErrorRequestHandler = (err, req, res, _next) => {
    const e = err as { type?: string; status?: number };
    const answer = (status: number, message: MessageRef) => sendError(deps.store, req, res, status, message);
    if (e.type === 'entity.too.large') return answer(413, ref('err-web-too-large'));
    if (e.type === 'entity.parse.failed') return answer(400, ref('err-web-bad-json'));
    if (e.type === 'encoding.unsupported' || e.type === 'charset.unsupported') return answer(415, ref('err-web-utf8'));
    if (isBusyError(err)) {
      res.set('Retry-After', '2');
      return answer(503, ref('err-web-busy'));
    }
    deps.log.error({ err }, 'mini app api failed');
    answer(500, ref('err-coach-side'));
  };
  api.use(onError);
  return router;
}

/**
 * Hashed assets never change, so each .js/.css is gzipped once and kept in memory: phones on mobile networks
 * download a third of the bytes. Clients that do not accept gzip get the file as is from express.static.
 */
function gzipAssets(dir: string) {
  const cache = new Map<string, Buffer>();
  return (req: Request, res: Response, next: NextFunction) => {
    const name = req.path.slice(1);
    const type = name.endsWith('.js') ? 'text/javascript' : name.endsWith('.css') ? 'text/css' : null;
    if (!type || !/^[\w.-]+$/.test(name) || !/\bgzip\b/.test(req.get('accept-encoding') ?? '')) return next();
    let body = cache.get(name);
    if (!body) {
      const file = join(dir, name);
      if (!existsSync(file)) return next();
      body = gzipSync(readFileSync(file), { level: 9 });
      cache.set(name, body);
    }
    res.set({
      'Content-Type': `${type}; charset=utf-8`,
      'Content-Encoding': 'gzip',
      'Cache-Control': 'public, max-age=31536000, immutable',
      Vary: 'Accept-Encoding',
    });
    res.send(body);
  };
}

/** Validates `Authorization: tma <initData>` (or the dev login) and puts the runner's id in res.locals. */
function authenticate(deps: WebAppDeps) {
  return (req: Request, res: Response, next: NextFunction) => {
    const header = req.get('authorization') ?? '';
    const match = /^(tma|tma-dev) (.+)$/.exec(header);
    const scheme = match?.[1];
    const check =
      !match || (scheme === 'tma-dev' && !deps.devLogin)
        ? ({ ok: false, reason: 'missing' } as const)
        : validateInitData(match[2], deps.botToken, {
            nowMs: deps.now().getTime(),
            keyName: scheme === 'tma-dev' ? DEV_LOGIN_KEY : 'WebAppData',
          });
    if (!check.ok) {
      deps.log.debug({ reason: check.reason, path: req.path }, 'mini app request refused');
      res.set('WWW-Authenticate', 'tma');
      sendError(deps.store, req, res, 401, ref(UNAUTHORIZED[check.reason] ?? 'err-web-auth-missing'));
      return;
    }
    (res.locals as Locals).userId = check.user.id;
    next();
  };
}

function parse<S extends z.ZodMiniType>(
  store: Store,
  schema: S,
  value: unknown,
  res: Response,
  what: string,
): z.infer<S> | undefined {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  sendError(
    store,
    res.req,
    res,
    400,
    ref('err-web-bad', { what, issues: { refs: issuesRefs(parsed.error, what === 'date' ? 'date' : undefined) } }),
  );
  return undefined;
}

/**
 * Points the bot's menu button at the Mini App (`setChatMenuButton` with `web_app`) when PUBLIC_URL is https
 * (Telegram opens only https Mini Apps); otherwise leaves the default button. Returns whether it was set.
 */
export async function setMenuButton(
  api: {
    setChatMenuButton(other?: {
      menu_button?: { type: 'web_app'; text: string; web_app: { url: string } } | { type: 'default' };
    }): Promise<unknown>;
  },
  publicUrl: string,
): Promise<boolean> {
  if (!publicUrl.startsWith('https://')) return false;
  await api.setChatMenuButton({
    menu_button: { type: 'web_app', text: 'Plan', web_app: { url: `${publicUrl.replace(/\/+$/, '')}/app` } },
  });
  return true;
}
