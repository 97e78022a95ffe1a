/**
 * The coach's questions and the words around answers to them (dialogue state, onboarding), in the runner's
 * language (locales/<lang>/chat.ftl, `q-*`).
 */
import { escapeHtml } from '../../messages/html.ts';
import { t } from '../../messages/i18n.ts';
import type { Language } from '../../messages/languages.ts';
import { zoneLabel } from '../offline/places.ts';

export function locationButton(lang: Language): string {
  return t(lang, 'q-location-button');
}

export function setupRetry(lang: Language): string {
  return t(lang, 'q-setup-retry');
}

export function placeQuestionText(lang: Language): string {
  return t(lang, 'q-place');
}

export function placeUnknownText(lang: Language, name: string): string {
  return t(lang, 'q-place-unknown', { name: escapeHtml(name) });
}

export function placeAmbiguousText(lang: Language): string {
  return t(lang, 'q-place-ambiguous');
}

export function locationInTerminalText(lang: Language): string {
  return t(lang, 'q-location-terminal');
}

export function locationUnknownText(lang: Language): string {
  return t(lang, 'q-location-unknown');
}

export function zoneSetText(lang: Language, zone: string): string {
  return t(lang, 'q-zone-set', { place: escapeHtml(zoneLabel(zone)), zone: escapeHtml(zone) });
}

export function morningQuestionText(lang: Language, current: string): string {
  return t(lang, 'q-morning', { current });
}

export const MORNING_OPTIONS = ['06:00', '06:30', '07:00', '07:30'] as const;

export function morningInvalidText(lang: Language): string {
  return t(lang, 'q-morning-invalid');
}

/** The confirmation onboarding ends with: "your workout arrives at 06:30 Berlin time". */
export function arrivalText(lang: Language, morningTime: string, zone: string): string {
  return t(lang, 'q-arrival', { time: morningTime, place: escapeHtml(zoneLabel(zone)) });
}

export function clarifyButtonsText(lang: Language): string {
  return t(lang, 'q-clarify-buttons');
}

export function logPrompt(lang: Language): string {
  return t(lang, 'q-log');
}
