/** The words of the check-ins (src/coach/conversation/checkins.ts): short, one question or caution each. */
import { html } from '../../messages/html.ts';
import { dayLabel } from '../../time/local.ts';
import type { CheckIn } from '../conversation/checkins.ts';

const painOf = (c: { location: string | null; severity: number | null }) =>
  `${c.location ? `your ${c.location}` : 'the pain'}${c.severity ? ` (${c.severity}/10)` : ''}`;

export function checkInText(c: CheckIn): string {
  switch (c.code) {
    // The "above the neck" rule (Eichner, Phys Sportsmed 1993; as the Mayo Clinic puts it): a runny nose or a
    // mild sore throat may allow an easy run; fever, aches or chest symptoms mean rest.
    case 'while_ill':
      return html`🤒 You told me on ${dayLabel(c.since)} that you were ill. How do you feel after it? With only a runny nose, easy running is usually fine; with fever, aches or a chesty cough, please rest until they are gone.`;
    case 'while_injured':
      return html`🩹 How did ${painOf(c)} feel on this run? If it hurt more during or after, tell me and I will ease off.`;
    case 'while_on_hold':
      return html`⚠️ You told me on ${dayLabel(c.since)} about ${painOf(c)}, so running is on hold. Did it hurt on this run? Please rest it until you have been seen, and tell me what they say.`;
    case 'rest_day':
      return html`${dayLabel(c.date)} was a rest day in your plan. An extra run now and then is fine; keep extras easy and short, since rest days are when the training sinks in.`;
    case 'skipped_day':
      return html`${c.title} on ${dayLabel(c.date)} was skipped in your plan. Was this run easy? If you are back to normal, tell me and I will put the plan back.`;
  }
}
