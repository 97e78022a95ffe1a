/**
 * The runner's language for every view: starts from Telegram's language_code, follows `user.language` once
 * /api/me answers, loads that language's web.ftl and sets `<html lang>`. Until the first bundle is loaded the app
 * shows a blank busy screen rather than words in the wrong language.
 */
import type { FluentBundle } from '@fluent/bundle';
import { createContext, type ReactNode, useContext, useEffect, useMemo, useState } from 'react';
import { setRequestLanguage } from './api.ts';
import { createFormat, type Format } from './format.ts';
import { type Language, pickLanguage } from './locale.ts';
import { loadBundle, type Translate, translator } from './messages.ts';
import { telegramLanguage } from './telegram.ts';

export interface I18n {
  language: Language;
  t: Translate;
  f: Format;
  /** The runner's own setting (`user.language`), when /api/me has it. */
  setUserLanguage(language: string | null | undefined): void;
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [userLanguage, setUserLanguage] = useState<string | null | undefined>(undefined);
  const wanted = pickLanguage(userLanguage, telegramLanguage());
  const [loaded, setLoaded] = useState<{ language: Language; bundle: FluentBundle } | null>(null);

  useEffect(() => {
    let current = true;
    loadBundle(wanted)
      .then((bundle) => {
        if (!current) return;
        // Before the views render and ask the API anything.
        setRequestLanguage(wanted);
        setLoaded({ language: wanted, bundle });
      })
      .catch(() => {
        // A chunk that failed to load (a flaky network): English, bundled or not, is better than nothing.
        if (current && wanted !== 'en') setUserLanguage('en');
      });
    return () => {
      current = false;
    };
  }, [wanted]);

  useEffect(() => {
    if (loaded) document.documentElement.lang = loaded.language;
  }, [loaded]);

  const value = useMemo<I18n | null>(() => {
    if (!loaded) return null;
    const t = translator(loaded.bundle);
    return { language: loaded.language, t, f: createFormat(loaded.language, t), setUserLanguage };
  }, [loaded]);

  if (!value) return <div className="min-h-[60vh]" aria-busy="true" />;
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n outside I18nProvider');
  return i18n;
}
