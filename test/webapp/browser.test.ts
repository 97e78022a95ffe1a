/**
 * The Mini App in headless Chromium (Debian's package, driven by playwright-core), opened as Telegram opens it:
 * signed initData and themeParams in window.Telegram.WebApp. Screenshots land in test-artifacts/.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportUser } from '../../src/coach/export.ts';
import { callTool } from '../../src/coach/tools/index.ts';
import { openDatabase } from '../../src/db/client.ts';
import { createStore, type Store } from '../../src/db/store/index.ts';
import { silentLogger } from '../../src/log.ts';
import { devLoginUrl } from '../../src/webapp/dev-login.ts';
import { hasChromium, launchChromium, openAsTelegram } from './browser.ts';
import { BOT_TOKEN, ensureBuilt, RUNNER, type RunningWebApp, seedRunner, serveWebApp } from './server.ts';

const ARTIFACTS = join(process.cwd(), 'test-artifacts');

if (!hasChromium) {
  console.warn(
    'Mini App browser tests skipped: /usr/bin/chromium is missing (apt-get install chromium; .ci/run installs it).',
  );
}

describe.skipIf(!hasChromium)('the Mini App in Chromium', () => {
  let browser: Browser;
  let store: Store;
  let app: RunningWebApp;
  let dev: RunningWebApp;
  let dir: string;
  const clock = { now: new Date() };

  beforeAll(async () => {
    await ensureBuilt();
    dir = mkdtempSync(join(tmpdir(), 'runcoach-webapp-'));
    store = createStore(openDatabase(join(dir, 'runcoach.db'), { migrate: true }));
    seedRunner(store, clock.now, { historyDays: 24 });
    app = await serveWebApp(store, clock);
    dev = await serveWebApp(store, clock, { deps: { devLogin: true } });
    browser = await launchChromium();
    mkdirSync(ARTIFACTS, { recursive: true });
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await dev?.close();
    store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const plan = () => store.plans.getActive(RUNNER.id);
  const workouts = () => plan()?.weeks.flatMap((w) => w.workouts) ?? [];
  const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(clock.now);
  // Page code as strings: the root tsconfig has no DOM types.
  const tg = (page: Page) =>
    page.evaluate('window.__tg') as Promise<{ haptics: string[]; backButton: { visible: boolean } }>;

  it('shows the calendar, opens a workout, marks it done: the calendar and the export agree', async () => {
    const page = await openAsTelegram(browser, `${app.url}/app`, app.initData(), 'light');
    await page.getByTestId('calendar').waitFor();
    expect(await page.locator('[data-testid^="week-"]').count()).toBe(plan()?.weeks.length);
    expect(await page.getByTestId('today').getAttribute('data-date')).toBe(today());
    expect(await page.locator('button[data-status="done"]').count()).toBeGreaterThan(3);
    expect(await page.locator('[data-phase="base"]').count()).toBeGreaterThan(0);

    const target = workouts()
      .filter((w) => w.date <= today() && w.status === 'planned')
      .at(-1);
    if (!target) throw new Error('the seed left no planned workout before today');
    const cell = page.locator(`button[data-date="${target.date}"]`);
    expect(await cell.getAttribute('data-status')).toBe('planned');
    await cell.click();
    const sheet = page.getByTestId('workout-sheet');
    await sheet.waitFor();
    expect(await sheet.getByRole('heading').first().textContent()).toBe(target.title);
    expect(await sheet.textContent()).toMatch(/\d:\d\d(–\d:\d\d)?\/km/);
    expect(page.url()).toMatch(new RegExp(`/app/workout/${target.date}$`));
    expect((await tg(page)).backButton.visible).toBe(true);

    await sheet.getByRole('button', { name: 'Done' }).click();
    await expect.poll(() => sheet.getByTestId('action-message').textContent()).toMatch(/Marked as done/);
    await expect.poll(() => cell.getAttribute('data-status')).toBe('done');
    expect(await sheet.getByTestId('workout-status').textContent()).toBe('Done');
    expect((await tg(page)).haptics).toContain('notify:success');
    // The bot's export sees the same.
    const exported = exportUser(store, RUNNER.id)
      ?.plan?.weeks.flatMap((w) => w.workouts)
      .find((w) => w.date === target.date);
    expect(exported?.status).toBe('done');

    // Telegram's back button closes the sheet.
    await page.evaluate('window.__tg.back[0]()');
    await sheet.waitFor({ state: 'detached' });
    expect(new URL(page.url()).pathname).toMatch(/^\/app\/?$/);
    expect((await tg(page)).backButton.visible).toBe(false);
    await page.context().close();
  });

  it('moves a workout to a rest day of its week through the Move dialog', async () => {
    const page = await openAsTelegram(browser, `${app.url}/app`, app.initData(), 'light');
    await page.getByTestId('calendar').waitFor();
    const nextWeek = plan()?.weeks.find((w) => w.startDate > today() && w.workouts.length >= 3);
    const easy = nextWeek?.workouts.find((w) => w.type === 'easy' && w.status === 'planned');
    if (!nextWeek || !easy) throw new Error('no easy workout next week');
    const taken = new Set(nextWeek.workouts.map((w) => w.date));
    const monday = nextWeek.startDate;
    const restDay = [0, 1, 2, 3, 4, 5, 6]
      .map((d) => new Date(Date.parse(`${monday}T00:00:00Z`) + d * 86_400_000).toISOString().slice(0, 10))
      .find((d) => !taken.has(d));
    if (!restDay) throw new Error('no rest day next week');

    await page.locator(`button[data-date="${easy.date}"]`).click();
    const sheet = page.getByTestId('workout-sheet');
    await sheet.getByRole('button', { name: 'Move' }).click();
    const dialog = page.getByRole('dialog', { name: 'Move this workout' });
    // Submitting without a day is caught by the form's zod check.
    await dialog.getByRole('button', { name: 'Move' }).click();
    await expect.poll(() => dialog.getByRole('alert').textContent()).toMatch(/Choose a day/);
    await dialog.getByTestId('move-select').click();
    const day = new Date(`${restDay}T00:00:00Z`).getUTCDate();
    await page.getByRole('option', { name: new RegExp(`\\b${day}\\b`) }).click();
    await dialog.getByRole('button', { name: 'Move' }).click();
    await expect.poll(() => sheet.getByTestId('action-message').textContent()).toMatch(/\S/);
    const message = await sheet.getByTestId('action-message').textContent();
    const moved = workouts().find((w) => w.date === restDay);
    if (/^Moved/.test(message ?? '')) {
      expect(moved?.type).toBe('easy');
      await expect.poll(() => page.locator(`button[data-date="${restDay}"]`).count()).toBe(1);
    } else {
      // The engine may refuse a move (spacing rules); the runner reads its reason.
      expect(moved).toBeUndefined();
    }
    await page.context().close();
  });

  it("shows logged runs beside the plan, and each week's done / planned km as /week counts them", async () => {
    const page = await openAsTelegram(browser, `${app.url}/app`, app.initData(), 'light');
    await page.getByTestId('calendar').waitFor();
    const current = plan();
    if (!current) throw new Error('no plan');
    const runs = store.runs.all(RUNNER.id);
    const runDates = new Set(runs.map((r) => r.date));
    await expect.poll(() => page.getByTestId('run').count()).toBe(runDates.size);
    // A run's cell shows its distance and pace.
    const first = runs[0];
    if (!first) throw new Error('the seed logged no run');
    const cell = page.locator(`[data-date="${first.date}"]`);
    expect(await cell.getByTestId('run').textContent()).toContain(String(Math.round(first.distanceKm * 10) / 10));
    expect(await cell.getByTestId('run').textContent()).toMatch(/\d:\d\d/);
    // Week 2's header: the same numbers /week gives for those days.
    const ctx = { userId: RUNNER.id, store, now: () => clock.now, log: silentLogger };
    const from = current.weeks[1]?.startDate ?? '';
    const view = callTool(ctx, 'get_workouts', { from });
    if (!view.result.ok) throw new Error(view.result.error);
    const { doneKm, plannedKm } = view.result.data.totals;
    const header = await page.locator('[data-testid="week-2"]').getByTestId('km-of-week').textContent();
    expect(header).toContain(`${Math.round(doneKm * 10) / 10} / ${Math.round(plannedKm * 10) / 10} km`);
    await page.context().close();
  });

  it('changes settings through a zod-checked form; the profile and the calendar follow', async () => {
    const page = await openAsTelegram(browser, `${app.url}/app/settings`, app.initData(), 'light');
    const form = page.getByTestId('settings-form');
    await form.waitFor();
    await page.getByLabel('Time zone').fill('Mars/Olympus');
    await form.getByRole('button', { name: 'Save' }).click();
    // The server resolves places the one way every face does, and says why it cannot.
    await expect.poll(() => form.getByTestId('settings-message').textContent()).toMatch(/don't know where/);
    expect(exportUser(store, RUNNER.id)?.user.timezone).toBe('Europe/Berlin');
    await page.getByLabel('Time zone').fill('');
    await form.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => form.getByRole('alert').first().textContent()).toMatch(/a city such as Berlin/);

    // A city, as the chat takes it: saved as its zone, and the form shows the zone.
    await page.getByLabel('Time zone').fill('Lisbon');
    await form.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => form.getByTestId('settings-message').textContent()).toMatch(/Europe\/Lisbon/);
    expect(exportUser(store, RUNNER.id)?.user.timezone).toBe('Europe/Lisbon');
    expect(await page.getByLabel('Time zone').inputValue()).toBe('Europe/Lisbon');

    await page.getByLabel('Time zone').fill('Berlin');
    await page.getByLabel('Morning message').fill('07:15');
    await page.getByRole('combobox', { name: 'Units' }).click();
    await page.getByRole('option', { name: 'Miles' }).click();
    await form.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => form.getByTestId('settings-message').textContent()).toMatch(/Saved/);
    expect(exportUser(store, RUNNER.id)?.user).toMatchObject({ units: 'mi', morningTime: '07:15' });

    await page.getByRole('tab', { name: 'Plan' }).click();
    await page.getByTestId('calendar').waitFor();
    expect(await page.locator('[data-testid="week-2"]').textContent()).toMatch(/\d mi/);
    expect((await tg(page)).haptics).toContain('select');
    await page.context().close();
    // Back to kilometres for the screenshots.
    store.users.update(RUNNER.id, { units: 'km' });
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`looks right in Telegram's ${scheme} theme (screenshots)`, async () => {
      const page = await openAsTelegram(browser, `${app.url}/app`, app.initData(), scheme);
      await page.getByTestId('calendar').waitFor();
      expect(await page.evaluate("document.documentElement.classList.contains('dark')")).toBe(scheme === 'dark');
      const bg = await page.evaluate('getComputedStyle(document.body).backgroundColor');
      expect(bg).toBe(scheme === 'dark' ? 'rgb(15, 15, 15)' : 'rgb(239, 239, 243)');
      await page.evaluate('window.scrollTo(0, 0)');
      await page.screenshot({ path: join(ARTIFACTS, `webapp-calendar-${scheme}.png`) });
      // Today's workout, or the next one when today is a rest day (the seed follows the real clock).
      const next = workouts().find((w) => w.date >= today());
      await page.locator(`button[data-date="${next?.date}"]`).click();
      await page.getByTestId('workout-sheet').waitFor();
      await page.waitForTimeout(150);
      await page.screenshot({ path: join(ARTIFACTS, `webapp-workout-${scheme}.png`) });
      await page.keyboard.press('Escape');
      await page.getByRole('tab', { name: 'Progress' }).click();
      await page.getByTestId('volume-chart').waitFor();
      expect(await page.getByTestId('volume-chart').locator('rect').count()).toBeGreaterThan(4);
      expect(await page.getByTestId('prediction').textContent()).toMatch(/\d:\d\d:\d\d/);
      await page.screenshot({ path: join(ARTIFACTS, `webapp-progress-${scheme}.png`), fullPage: true });
      await page.context().close();
    });
  }

  describe('in the runner’s language', () => {
    // A Russian runner: Telegram's language_code is "ru" and the runner never chose another language.
    const VERA = { id: 5151, first_name: 'Вера', language_code: 'ru' };
    /** Latin words that are names, not English: the app's name, VDOT (Daniels), RPE (Borg), FIT (Garmin's format). */
    const NOT_ENGLISH = new Set(['runcoach', 'VDOT', 'RPE', 'FIT']);
    /** Every Latin word a visible text holds, minus the names above: English left behind shows up here. */
    const latinWords = (text: string) => (text.match(/[A-Za-z]{2,}/g) ?? []).filter((w) => !NOT_ENGLISH.has(w));
    const visibleText = (page: Page) => page.evaluate('document.body.innerText') as Promise<string>;

    /** /api/me as the server would send it with `user.language` set (a language) or absent (null). */
    const meLanguage = (language: string | null) => async (page: Page) => {
      await page.route('**/api/me', async (route) => {
        const response = await route.fetch();
        const { language: _dropped, ...user } = (await response.json()) as Record<string, unknown>;
        await route.fulfill({ response, json: language ? { ...user, language } : user });
      });
    };

    beforeAll(() => {
      seedRunner(store, clock.now, { historyDays: 24, runner: VERA });
    });

    it('renders the calendar, a workout, progress and settings in Russian with no English left', async () => {
      const asked: (string | undefined)[] = [];
      const page = await openAsTelegram(
        browser,
        `${app.url}/app`,
        app.initData(VERA),
        'light',
        undefined,
        async (p) => {
          p.on('request', (r) => {
            if (new URL(r.url()).pathname.startsWith('/api/')) asked.push(r.headers()['accept-language']);
          });
        },
      );
      await page.getByTestId('calendar').waitFor();
      expect(await page.evaluate('document.documentElement.lang')).toBe('ru');
      // Every API request says the runner's language, so the server may answer in it.
      expect(asked.length).toBeGreaterThan(1);
      expect(new Set(asked)).toEqual(new Set(['ru']));
      expect(await page.getByRole('tab').allTextContents()).toEqual(['План', 'Прогресс', 'Настройки']);
      const calendar = await visibleText(page);
      expect(calendar).toMatch(/Неделя 1/);
      expect(calendar).toMatch(/Полумарафон/);
      expect(calendar).toMatch(/Сегодня/);
      // Weekday heads and month names come from Intl in Russian: П В С Ч П С В, "дек.", "км".
      expect(calendar).toMatch(/П\s+В\s+С\s+Ч\s+П\s+С\s+В/);
      expect(await page.locator('[data-testid="week-2"]').getByTestId('km-of-week').textContent()).toMatch(/\d км/);
      expect(latinWords(calendar)).toEqual([]);
      await page.screenshot({ path: join(ARTIFACTS, 'webapp-calendar-ru.png') });

      // A workout's detail: title, steps, paces and buttons, all in Russian.
      const next = store.plans
        .getActive(VERA.id)
        ?.weeks.flatMap((w) => w.workouts)
        .find((w) => w.date > today() && w.steps.length > 0);
      if (!next) throw new Error('no workout ahead');
      await page.locator(`button[data-date="${next.date}"]`).click();
      const sheet = page.getByTestId('workout-sheet');
      await sheet.waitFor();
      const detail = (await sheet.textContent()) ?? '';
      expect(detail).toMatch(/\d:\d\d(–\d:\d\d)?\/км/);
      expect(detail).toMatch(/Запланировано/);
      expect(await sheet.getByRole('button', { name: 'Перенести' }).count()).toBe(1);
      expect(latinWords(await visibleText(page))).toEqual([]);
      await page.screenshot({ path: join(ARTIFACTS, 'webapp-workout-ru.png') });
      await page.keyboard.press('Escape');
      await sheet.waitFor({ state: 'detached' });

      await page.getByRole('tab', { name: 'Прогресс' }).click();
      await page.getByTestId('prediction').waitFor();
      const progress = await visibleText(page);
      expect(progress).toMatch(/Недельный объём/);
      expect(progress).toMatch(/Прогноз на старт/);
      expect(latinWords(progress)).toEqual([]);

      await page.getByRole('tab', { name: 'Настройки' }).click();
      const form = page.getByTestId('settings-form');
      await form.waitFor();
      expect(latinWords(await visibleText(page))).toEqual([]);
      // Plurals through Fluent: 2 дня, 5 дней; weekday names from Intl.
      await page.getByRole('combobox', { name: 'Дней в неделю' }).click();
      // (The chosen option carries a ✓ mark.)
      expect((await page.getByRole('option').allTextContents()).map((o) => o.replace('✓', '').trim())).toEqual([
        '2 дня',
        '3 дня',
        '4 дня',
        '5 дней',
        '6 дней',
        '7 дней',
      ]);
      await page.keyboard.press('Escape');
      await page.getByRole('combobox', { name: 'День длительной' }).click();
      expect(await page.getByRole('option').first().textContent()).toMatch(/^Понедельник/);
      await page.keyboard.press('Escape');
      // A form error in Russian too.
      await page.getByLabel('Часовой пояс').fill('');
      await form.getByRole('button', { name: 'Сохранить' }).click();
      await expect.poll(() => form.getByRole('alert').first().textContent()).toMatch(/Введите город/);
      await page.context().close();
    });

    it('follows the language the runner chose (user.language) over Telegram’s', async () => {
      // German, though Telegram says Russian.
      const page = await openAsTelegram(
        browser,
        `${app.url}/app/progress`,
        app.initData(VERA),
        'light',
        undefined,
        meLanguage('de'),
      );
      await page.getByTestId('prediction').waitFor();
      await expect.poll(() => page.evaluate('document.documentElement.lang')).toBe('de');
      expect(await page.getByRole('tab').allTextContents()).toEqual(['Plan', 'Fortschritt', 'Einstellungen']);
      expect(await visibleText(page)).toMatch(/Wochenumfang/);
      await page.context().close();
    });

    it('speaks English when Telegram’s language is one it does not know', async () => {
      const page = await openAsTelegram(
        browser,
        `${app.url}/app`,
        app.initData({ ...VERA, language_code: 'zh-hans' }),
        'light',
        undefined,
        meLanguage(null),
      );
      await page.getByTestId('calendar').waitFor();
      expect(await page.evaluate('document.documentElement.lang')).toBe('en');
      expect(await page.getByRole('tab').allTextContents()).toEqual(['Plan', 'Progress', 'Settings']);
      await page.context().close();
    });

    const TABS: Record<string, string[]> = {
      es: ['Plan', 'Progreso', 'Ajustes'],
      de: ['Plan', 'Fortschritt', 'Einstellungen'],
      fr: ['Plan', 'Progression', 'Réglages'],
      it: ['Piano', 'Progressi', 'Impostazioni'],
      pt: ['Plano', 'Progresso', 'Configurações'],
      uk: ['План', 'Прогрес', 'Налаштування'],
    };
    for (const [language, tabs] of Object.entries(TABS)) {
      it(`${language}: the calendar and a workout fit a phone's width (screenshots)`, async () => {
        const page = await openAsTelegram(
          browser,
          `${app.url}/app`,
          app.initData({ ...VERA, language_code: language }),
          'light',
          undefined,
          meLanguage(null),
        );
        await page.getByTestId('calendar').waitFor();
        expect(await page.evaluate('document.documentElement.lang')).toBe(language);
        expect(await page.getByRole('tab').allTextContents()).toEqual(tabs);
        // Longer words (DÉVELOPPEMENT, Einstellungen) must not push the page sideways.
        expect(await page.evaluate('document.documentElement.scrollWidth <= window.innerWidth')).toBe(true);
        await page.screenshot({ path: join(ARTIFACTS, `webapp-calendar-${language}.png`) });
        const veras = store.plans.getActive(VERA.id)?.weeks.flatMap((w) => w.workouts) ?? [];
        const next = veras.find((w) => w.date > today() && w.steps.length > 1) ?? veras.at(-1);
        await page.locator(`button[data-date="${next?.date}"]`).click();
        await page.getByTestId('workout-sheet').waitFor();
        await page.waitForTimeout(150);
        await page.screenshot({ path: join(ARTIFACTS, `webapp-workout-${language}.png`) });
        await page.context().close();
      });
    }
  });

  it('works as a plain web page: no Telegram means a clear message; the dev login opens the plan', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.route('https://telegram.org/**', (route) => route.abort());
    await page.goto(`${app.url}/app`);
    await expect.poll(() => page.getByTestId('problem').textContent()).toMatch(/Open runcoach from Telegram/);
    // The dev link works only against a router created with devLogin (as `npm run chat` does).
    await page.goto(devLoginUrl(app.url, RUNNER.id, BOT_TOKEN));
    await expect.poll(() => page.getByTestId('problem').textContent()).toMatch(/Telegram/);
    await page.goto(devLoginUrl(dev.url, RUNNER.id, BOT_TOKEN));
    await page.getByTestId('calendar').waitFor();
    expect(page.url()).not.toContain('#dev=');
    await page.reload();
    await page.getByTestId('calendar').waitFor();
    await context.close();
  });
});
