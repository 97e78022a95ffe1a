import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, icsDateTime, icsDocument } from '../../src/calendar/ics.ts';

describe('RFC 5545 by hand', () => {
  it('escapes backslash, semicolon, comma and newlines in TEXT', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });

  it('folds lines at 75 octets without splitting a UTF-8 character, continuation lines start with a space', () => {
    const line = `DESCRIPTION:${'Tempo run 4:05–4:15/km 🏃 '.repeat(12)}`;
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(3);
    for (const [i, p] of parts.entries()) {
      expect(Buffer.byteLength(p, 'utf8')).toBeLessThanOrEqual(75);
      if (i > 0) expect(p.startsWith(' ')).toBe(true);
      expect(p).not.toContain('\uFFFD');
    }
    expect(parts.map((p, i) => (i === 0 ? p : p.slice(1))).join('')).toBe(line);
    expect(foldLine('SHORT:x')).toBe('SHORT:x');
  });

  it('a document of escaped, folded lines parses back to the same text with an iCalendar parser', () => {
    const text = 'Warm-up: 2 km easy; then 6 × 800 m, hard\nCool-down: 2 km, easy \\ relaxed. '.repeat(4);
    const doc = icsDocument([
      ['BEGIN', 'VCALENDAR'],
      ['VERSION', '2.0'],
      ['PRODID', '-//test//EN'],
      ['BEGIN', 'VEVENT'],
      ['UID', 'x@test'],
      ['DTSTAMP', icsDateTime(new Date('2026-11-30T08:00:00.123Z'))],
      ['DTSTART;VALUE=DATE', '20261201'],
      ['SUMMARY', escapeText('Intervals, 10 km; fast')],
      ['DESCRIPTION', escapeText(text)],
      ['END', 'VEVENT'],
      ['END', 'VCALENDAR'],
    ]);
    expect(doc.endsWith('\r\n')).toBe(true);
    expect(doc.split('\r\n').every((l) => Buffer.byteLength(l) <= 75)).toBe(true);
    const event = new ICAL.Component(ICAL.parse(doc)).getFirstSubcomponent('vevent');
    expect(event?.getFirstPropertyValue('summary')).toBe('Intervals, 10 km; fast');
    expect(event?.getFirstPropertyValue('description')).toBe(text);
    expect(String(event?.getFirstPropertyValue('dtstamp'))).toBe('2026-11-30T08:00:00Z');
  });
});
