import { escapeHtml } from '../../messages/html.ts';
import { t } from '../../messages/i18n.ts';
import type { Language } from '../../messages/languages.ts';
import { coachLanguage } from '../language.ts';
import type { CoachContext, OutgoingMessage } from '../types.ts';

export function welcomeMessages(ctx: CoachContext, returning: boolean): OutgoingMessage[] {
  const user = ctx.store.users.get(ctx.userId);
  const lang = coachLanguage({ ...ctx, user });
  // `none` picks the greeting without a name (locales: `{ $name -> [none] ... }`).
  const name = user?.name ? escapeHtml(user.name) : 'none';
  const hasPlan = ctx.store.plans.activeRef(ctx.userId) !== undefined;
  if (returning && hasPlan) {
    return [
      {
        html: t(lang, 'welcome-back', { name }),
        buttons: [
          [
            { text: t(lang, 'btn-today-workout'), data: 'today' },
            { text: t(lang, 'btn-this-week'), data: 'week' },
          ],
        ],
      },
    ];
  }
  return [
    {
      html: t(lang, 'welcome-new', { name }),
      buttons: [[{ text: t(lang, 'btn-setup-plan'), data: 'setup:go' }]],
    },
  ];
}

export function helpMessages(lang: Language = 'en'): OutgoingMessage[] {
  return [{ html: t(lang, 'help') }];
}
