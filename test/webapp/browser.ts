/** Telegram's themeParams (web/src/lib/telegram.ts reads them): colour names to #rrggbb. */
export type ThemeParams = Record<string, string>;

/** Debian's Chromium driven by playwright-core (no browser download): the flags of .library's node.md. */
import { existsSync } from 'node:fs';
import { type Browser, chromium, type Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
}

/** Telegram's default themes, as the clients send them in themeParams. */
export const THEMES: Record<'light' | 'dark', ThemeParams> = {
  light: {
    bg_color: '#ffffff',
    text_color: '#000000',
    hint_color: '#999999',
    link_color: '#2481cc',
    button_color: '#2481cc',
    button_text_color: '#ffffff',
    secondary_bg_color: '#efeff3',
    section_bg_color: '#ffffff',
    accent_text_color: '#2481cc',
    destructive_text_color: '#ff3b30',
    subtitle_text_color: '#999999',
    section_separator_color: '#e7e7e7',
  },
  dark: {
    bg_color: '#212121',
    text_color: '#ffffff',
    hint_color: '#aaaaaa',
    link_color: '#8774e1',
    button_color: '#8774e1',
    button_text_color: '#ffffff',
    secondary_bg_color: '#0f0f0f',
    section_bg_color: '#212121',
    accent_text_color: '#8774e1',
    destructive_text_color: '#ff595a',
    subtitle_text_color: '#aaaaaa',
    section_separator_color: '#0f0f0f',
  },
};

export interface TelegramEvents {
  haptics: string[];
  backButton: { visible: boolean };
}

/**
 * Opens a page as Telegram would: `window.Telegram.WebApp` with initData and themeParams exists before the
 * app's scripts run (telegram.org itself is unreachable here and is aborted). Back button and haptic calls are
 * recorded in `window.__tg`.
 */
export async function openAsTelegram(
  browser: Browser,
  url: string,
  initData: string,
  scheme: 'light' | 'dark',
  extraInitScript?: string,
  beforeGoto?: (page: Page) => Promise<void>,
): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    colorScheme: scheme,
  });
  // Fail fast with the locator's name rather than at the test's timeout.
  context.setDefaultTimeout(8000);
  const page = await context.newPage();
  await page.route('https://telegram.org/**', (route) => route.abort());
  // A string, not a function: transpilers (tsx's keepNames) would add helpers the page does not have.
  await page.addInitScript(telegramStub(initData, THEMES[scheme], scheme));
  if (extraInitScript) await page.addInitScript(extraInitScript);
  if (beforeGoto) await beforeGoto(page);
  await page.goto(url);
  return page;
}

function telegramStub(initData: string, themeParams: ThemeParams, scheme: 'light' | 'dark'): string {
  return `(() => {
  const tg = { haptics: [], backButton: { visible: false }, back: [] };
  window.__tg = tg;
  window.Telegram = {
    WebApp: {
      initData: ${JSON.stringify(initData)},
      colorScheme: ${JSON.stringify(scheme)},
      themeParams: ${JSON.stringify(themeParams)},
      version: '8.0',
      ready: function () {},
      expand: function () {},
      onEvent: function () {},
      offEvent: function () {},
      BackButton: {
        show: function () { tg.backButton.visible = true; },
        hide: function () { tg.backButton.visible = false; },
        onClick: function (cb) { tg.back.push(cb); },
        offClick: function (cb) { tg.back = tg.back.filter(function (f) { return f !== cb; }); },
      },
      HapticFeedback: {
        impactOccurred: function (s) { tg.haptics.push('impact:' + s); },
        notificationOccurred: function (s) { tg.haptics.push('notify:' + s); },
        selectionChanged: function () { tg.haptics.push('select'); },
      },
    },
  };
})();`;
}
