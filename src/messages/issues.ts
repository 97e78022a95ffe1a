/**
 * Zod's issues as sentences in the reader's language: which field, what it expects. English keeps zod's own words
 * (and our schemas' messages), which the model and the English faces already know; other languages get a
 * sentence per common issue from errors.ftl, never zod's English.
 */
import type { z } from 'zod';
import type { MessageRef, RefArg } from './refs.ts';

type Issue = z.core.$ZodIssue;

/** Our schemas' own refinements (src/coach/tools/schemas.ts, src/webapp/schemas.ts), by their English message. */
const CUSTOM: Record<string, string> = {
  'not a real calendar date': 'err-arg-real-date',
  'an IANA time zone such as Europe/Berlin, or a city': 'err-arg-timezone',
  'give at least one of rpe, feeling or pain': 'err-arg-feedback-empty',
  'nothing to change: send at least one setting': 'err-arg-nothing',
};

/** A regex check, known by the shape its pattern accepts. */
function formatKey(pattern: string | undefined): string {
  if (!pattern) return 'err-arg-invalid';
  if (pattern.includes('\\d{4}-\\d{2}-\\d{2}')) return 'err-arg-date';
  if (pattern.includes('2[0-3]')) return 'err-arg-clock';
  if (pattern.includes('[0-5]?\\d:[0-5]\\d')) return 'err-arg-duration';
  if (pattern.includes('5[0-2]')) return 'err-arg-weeks';
  return 'err-arg-invalid';
}

const num = (n: number | bigint): number => Number(n);

function keyed(issue: Issue): { key: string; args?: Record<string, RefArg> } {
  switch (issue.code) {
    case 'invalid_type':
      // Zod 4 leaves the input out of issues; a missing field is told by its message.
      if (/received undefined$/.test(issue.message)) return { key: 'err-arg-missing' };
      if (issue.expected === 'int') return { key: 'err-arg-int' };
      return { key: 'err-arg-type', args: { expected: String(issue.expected) } };
    case 'too_small': {
      const min = num(issue.minimum);
      if (issue.origin === 'string') return { key: 'err-arg-too-short', args: { n: min } };
      if (issue.origin === 'array' || issue.origin === 'set') return { key: 'err-arg-too-few', args: { n: min } };
      return issue.inclusive === false
        ? { key: 'err-arg-above', args: { min } }
        : { key: 'err-arg-min', args: { min } };
    }
    case 'too_big': {
      const max = num(issue.maximum);
      if (issue.origin === 'string') return { key: 'err-arg-too-long', args: { n: max } };
      if (issue.origin === 'array' || issue.origin === 'set') return { key: 'err-arg-too-many', args: { n: max } };
      return issue.inclusive === false
        ? { key: 'err-arg-below', args: { max } }
        : { key: 'err-arg-max', args: { max } };
    }
    case 'invalid_format':
      return { key: formatKey(issue.pattern) };
    case 'not_multiple_of':
      return issue.divisor === 1 ? { key: 'err-arg-int' } : { key: 'err-arg-invalid' };
    case 'invalid_value':
      return { key: 'err-arg-one-of', args: { choices: { choices: issue.values.map(String) } } };
    case 'unrecognized_keys':
      return { key: 'err-arg-unknown', args: { names: issue.keys.join(', ') } };
    case 'custom':
      return { key: CUSTOM[issue.message] ?? 'err-arg-invalid' };
    default:
      return { key: 'err-arg-invalid' };
  }
}

/** One issue: "date: a date as YYYY-MM-DD" in English, "дата: нужна дата в виде ГГГГ-ММ-ДД" in Russian. */
export function issueRef(issue: Issue, rootField?: string): MessageRef {
  const { key, args } = keyed(issue);
  const field = issue.path.length === 0 && rootField ? [rootField] : issue.path;
  const en = issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message;
  return { key, args: { ...args, field: { field } }, en };
}

/**
 * Every issue of a failed parse, said one after the other. `rootField` names a value parsed on its own (a date in
 * the URL), whose issues have no path.
 */
export function issuesRefs(error: { issues: readonly Issue[] }, rootField?: string): MessageRef[] {
  return error.issues.map((issue) => issueRef(issue, rootField));
}
