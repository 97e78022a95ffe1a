/**
 * The coach's questions and the words around answers to them (dialogue state, onboarding): one place for
 * these texts, so they can move into the messages layer (issue 17) together.
 */
import { html } from '../../messages/html.ts';
import { zoneLabel } from '../offline/places.ts';

export const LOCATION_BUTTON = '📍 Share my location';

export function setupRetry(): string {
  return 'I didn’t catch that. Tap one, or type it:';
}

export function placeQuestionText(): string {
  return 'Where do you live? Tell me your city (<i>Berlin</i>, <i>New York</i>) or a time zone, or share your location, so your workout arrives in your morning.';
}

export function placeUnknownText(name: string): string {
  return html`I don’t know where ${name} is yet. Tell me a bigger city nearby, or a zone name like <i>Europe/Berlin</i>.`;
}

export function placeAmbiguousText(): string {
  return 'That country has several time zones. Which city are you in?';
}

export function locationInTerminalText(): string {
  return 'The terminal chat cannot share a location: type your city instead (e.g. <i>Berlin</i>).';
}

export function locationUnknownText(): string {
  return 'I couldn’t place that location in a time zone. Tell me your city instead (e.g. <i>Berlin</i>).';
}

export function zoneSetText(zone: string): string {
  return html`Got it: ${zoneLabel(zone)} time (${zone}).`;
}

export function morningQuestionText(current: string): string {
  return html`When should your workout arrive in the morning? Tap a time or type one (e.g. <i>6:45</i>). It is set to ${current} now.`;
}

export const MORNING_OPTIONS = ['06:00', '06:30', '07:00', '07:30'] as const;

export function morningInvalidText(): string {
  return 'Times look like <i>6:30</i>, <i>7am</i> or <i>06:45</i>.';
}

/** The confirmation onboarding ends with: "your workout arrives at 06:30 Berlin time". */
export function arrivalText(morningTime: string, zone: string): string {
  return html`Your workout arrives at ${morningTime} ${zoneLabel(zone)} time each morning.`;
}

export function clarifyButtonsText(): string {
  return 'Or pick one:';
}

export function logPrompt(): string {
  return 'Tell me the run: distance and time, and how hard it felt if you like. For example <code>8k 42:30 rpe 5</code> or <i>6 miles in 55 min yesterday</i>.';
}
