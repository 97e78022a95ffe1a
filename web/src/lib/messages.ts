/**
 * The Mini App's words: `locales/<lang>/web.ftl` (Fluent, the bot's format), one lazily loaded chunk per
 * language so a runner downloads only their own. Only web.ftl is globbed: the chat's and jobs' files stay out.
 */
import { FluentBundle, FluentResource } from '@fluent/bundle';
import { intlLocale, type Language } from './locale.ts';

export type MessageArgs = Record<string, string | number>;
/** Formats the message `id`; an unknown id shows as itself (the locale test keeps that from shipping). */
export type Translate = (id: string, args?: MessageArgs) => string;

const SOURCES = import.meta.glob<string>('../../../locales/*/web.ftl', { query: '?raw', import: 'default' });

function sourceOf(language: Language): (() => Promise<string>) | undefined {
  return SOURCES[`../../../locales/${language}/web.ftl`];
}

/** Builds a bundle from Fluent text. No isolation marks: every language here is left to right, and tests match text. */
export function bundleFrom(language: Language, ftl: string): FluentBundle {
  const bundle = new FluentBundle(intlLocale(language), { useIsolating: false });
  bundle.addResource(new FluentResource(ftl));
  return bundle;
}

export async function loadBundle(language: Language): Promise<FluentBundle> {
  const load = sourceOf(language) ?? sourceOf('en');
  if (!load) throw new Error(`no web.ftl for ${language}`);
  return bundleFrom(language, await load());
}

export function translator(bundle: FluentBundle): Translate {
  return (id, args) => {
    const message = bundle.getMessage(id);
    if (!message?.value) return id;
    const errors: Error[] = [];
    return bundle.formatPattern(message.value, args, errors);
  };
}

/** Marks a message id chosen at run time (by type, status, zone…): the locale test finds every id through it. */
export const k = <const Id extends string>(id: Id): Id => id;
