/**
 * The few lines of RFC 5545 (iCalendar) a published feed needs: TEXT escaping (§3.3.11), content lines of at most
 * 75 octets folded with CRLF + a space (§3.1), CRLF line ends, all-day dates (§3.3.4) and UTC date-times (§3.3.5).
 * ical-generator would do it, but its current major needs Node 22; these lines are tested instead.
 */

/** §3.3.11: backslash, semicolon, comma and newlines are escaped in TEXT values. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

const MAX_OCTETS = 75;

/**
 * §3.1: a content line longer than 75 octets is split, each continuation starting with one space. Splits fall
 * between characters, never inside a UTF-8 sequence (or a surrogate pair).
 */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = Buffer.byteLength(ch, 'utf8');
    // Continuation lines carry a leading space, which counts towards their 75 octets.
    const limit = out.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1;
    if (octets + size > limit) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

/** `2026-12-01` → `20261201` (a DATE value). */
export const icsDate = (iso: string): string => iso.replace(/-/g, '');

/** An instant as a UTC DATE-TIME: `20261130T080000Z`. */
export function icsDateTime(d: Date): string {
  return d
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '');
}

export type IcsProperty = [name: string, value: string];

/** A calendar object from its components: each `[NAME(;PARAMS), value]`, values already escaped where TEXT. */
export function icsDocument(lines: IcsProperty[]): string {
  return `${lines.map(([name, value]) => foldLine(`${name}:${value}`)).join('\r\n')}\r\n`;
}
