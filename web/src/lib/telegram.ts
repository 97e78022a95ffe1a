/**
 * A small typed wrapper over `window.Telegram?.WebApp` (Telegram's telegram-web-app.js). Every call degrades
 * gracefully: opened as a plain web page, there is no Telegram object and the app still works (theme from the
 * system, no back button or haptics). When the script could not load inside Telegram, initData and the theme
 * still come from the launch parameters in the URL fragment (`tgWebAppData`, `tgWebAppThemeParams`).
 */

export interface ThemeParams {
  bg_color?: string;
  text_color?: string;
  hint_color?: string;
  link_color?: string;
  button_color?: string;
  button_text_color?: string;
  secondary_bg_color?: string;
  header_bg_color?: string;
  bottom_bar_bg_color?: string;
  accent_text_color?: string;
  section_bg_color?: string;
  section_header_text_color?: string;
  section_separator_color?: string;
  subtitle_text_color?: string;
  destructive_text_color?: string;
}

type Impact = 'light' | 'medium' | 'heavy' | 'rigid' | 'soft';
type Notification = 'error' | 'success' | 'warning';

interface WebApp {
  initData: string;
  initDataUnsafe?: { user?: { language_code?: string } };
  colorScheme?: 'light' | 'dark';
  themeParams?: ThemeParams;
  version?: string;
  ready?: () => void;
  expand?: () => void;
  onEvent?: (event: string, cb: () => void) => void;
  offEvent?: (event: string, cb: () => void) => void;
  BackButton?: { show(): void; hide(): void; onClick(cb: () => void): void; offClick(cb: () => void): void };
  HapticFeedback?: {
    impactOccurred(style: Impact): void;
    notificationOccurred(type: Notification): void;
    selectionChanged(): void;
  };
}

declare global {
  interface Window {
    Telegram?: { WebApp?: WebApp };
  }
}

const webApp = (): WebApp | undefined => window.Telegram?.WebApp;

function fragmentParams(): URLSearchParams {
  return new URLSearchParams(window.location.hash.replace(/^#/, ''));
}

const DEV_KEY = 'runcoach.dev';

/** The `Authorization` header value for the API, or null when the app was not opened from Telegram. */
export function authorization(): string | null {
  const fromScript = webApp()?.initData;
  if (fromScript) return `tma ${fromScript}`;
  const fragment = fragmentParams();
  const fromUrl = fragment.get('tgWebAppData');
  if (fromUrl) return `tma ${fromUrl}`;
  // Dev-only login of `npm run chat`: kept for the session, then the fragment is cleared from the address bar.
  const dev = fragment.get('dev');
  if (dev) {
    sessionStorage.setItem(DEV_KEY, dev);
    history.replaceState(null, '', window.location.pathname + window.location.search);
  }
  const stored = sessionStorage.getItem(DEV_KEY);
  return stored ? `tma-dev ${stored}` : null;
}

/**
 * The runner's Telegram language (`language_code`): from the script's initDataUnsafe, else from the `user`
 * field of the signed initData (the script may not have loaded). Undefined outside Telegram or when unreadable.
 */
export function telegramLanguage(): string | undefined {
  const fromScript = webApp()?.initDataUnsafe?.user?.language_code;
  if (fromScript) return fromScript;
  const initData = webApp()?.initData || fragmentParams().get('tgWebAppData');
  if (!initData) return undefined;
  try {
    const user = JSON.parse(new URLSearchParams(initData).get('user') ?? 'null') as { language_code?: unknown } | null;
    return typeof user?.language_code === 'string' ? user.language_code : undefined;
  } catch {
    return undefined;
  }
}

export function inTelegram(): boolean {
  return Boolean(webApp()?.initData || fragmentParams().get('tgWebAppData'));
}

function themeParams(): ThemeParams {
  const fromScript = webApp()?.themeParams;
  if (fromScript && Object.keys(fromScript).length > 0) return fromScript;
  const raw = fragmentParams().get('tgWebAppThemeParams');
  if (raw) {
    try {
      return JSON.parse(raw) as ThemeParams;
    } catch {
      // not JSON: fall back to the system theme
    }
  }
  return {};
}

/** Relative luminance of a #rrggbb colour, to tell a dark theme from a light one when colorScheme is absent. */
function isDarkColor(hex: string | undefined): boolean | undefined {
  const m = hex ? /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex) : null;
  if (!m) return undefined;
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => Number.parseInt(h ?? '0', 16) / 255) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5;
}

const VARS: [keyof ThemeParams, string][] = [
  ['bg_color', '--tg-bg'],
  ['text_color', '--tg-text'],
  ['hint_color', '--tg-hint'],
  ['link_color', '--tg-link'],
  ['button_color', '--tg-button'],
  ['button_text_color', '--tg-button-text'],
  ['secondary_bg_color', '--tg-secondary-bg'],
  ['section_bg_color', '--tg-section-bg'],
  ['accent_text_color', '--tg-accent'],
  ['destructive_text_color', '--tg-destructive'],
  ['section_separator_color', '--tg-separator'],
  ['subtitle_text_color', '--tg-subtitle'],
];

/** Copies Telegram's theme into CSS variables (read by web/src/index.css) and sets the light/dark class. */
export function applyTheme(): void {
  const root = document.documentElement;
  const params = themeParams();
  for (const [key, cssVar] of VARS) {
    const value = params[key];
    if (value && /^#[0-9a-f]{3,8}$/i.test(value)) root.style.setProperty(cssVar, value);
    else root.style.removeProperty(cssVar);
  }
  const scheme =
    webApp()?.colorScheme ??
    (isDarkColor(params.bg_color) === undefined
      ? window.matchMedia?.('(prefers-color-scheme: dark)').matches
        ? 'dark'
        : 'light'
      : isDarkColor(params.bg_color)
        ? 'dark'
        : 'light');
  root.classList.toggle('dark', scheme === 'dark');
  root.dataset.scheme = scheme;
}

/** Tells Telegram the app is ready, expands it, and follows theme changes. */
export function initTelegram(): void {
  applyTheme();
  const app = webApp();
  try {
    app?.ready?.();
    app?.expand?.();
    app?.onEvent?.('themeChanged', applyTheme);
  } catch {
    // an old client without these methods
  }
  if (!app) window.matchMedia?.('(prefers-color-scheme: dark)').addEventListener?.('change', applyTheme);
}

/** Shows Telegram's back button while `onBack` is set; returns a cleanup. */
export function showBackButton(onBack: (() => void) | null): () => void {
  const button = webApp()?.BackButton;
  if (!button || !onBack) {
    button?.hide();
    return () => undefined;
  }
  button.onClick(onBack);
  button.show();
  return () => {
    button.offClick(onBack);
    button.hide();
  };
}

export const haptic = {
  impact(style: Impact = 'light'): void {
    try {
      webApp()?.HapticFeedback?.impactOccurred(style);
    } catch {
      // haptics are a nicety
    }
  },
  notify(type: Notification): void {
    try {
      webApp()?.HapticFeedback?.notificationOccurred(type);
    } catch {
      // haptics are a nicety
    }
  },
  select(): void {
    try {
      webApp()?.HapticFeedback?.selectionChanged();
    } catch {
      // haptics are a nicety
    }
  },
};
