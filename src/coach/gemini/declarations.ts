/**
 * Gemini function declarations generated from the tools' zod schemas (the single source, schemas.ts).
 *
 * `z.toJSONSchema` emits JSON Schema 2020-12; Gemini's `parametersJsonSchema` accepts a subset. We keep only the
 * keywords Gemini documents as supported and rewrite the ones with a supported equivalent
 * (`exclusiveMinimum` → `minimum`, `const` → `enum`). What is dropped (`pattern`, `minLength`, `default`...) is
 * still enforced: the model's arguments are validated again with zod by `callTool`, and a bad one is answered
 * as an error the model can correct.
 */
import type { FunctionDeclaration } from '@google/genai';
import { z } from 'zod';
import { tools } from '../tools/index.ts';
import { type ToolName, toolArgSchemas } from '../tools/schemas.ts';

/** Keywords Gemini accepts in `parametersJsonSchema` that are worth their tokens. */
const KEEP = new Set([
  'type',
  'format',
  'description',
  'enum',
  'items',
  'minItems',
  'maxItems',
  'minimum',
  'maximum',
  'anyOf',
  'properties',
  'required',
]);

/**
 * Shared schema descriptions repeated across many tools, shortened for the model: every token of the
 * declarations is paid on every request. The system prompt says that dates are the runner's local dates.
 */
const SHORTER: Record<string, string> = {
  "A date in the runner's local calendar, YYYY-MM-DD": 'YYYY-MM-DD',
  'Race distance: 5k, 10k, half (marathon) or marathon': 'half = half marathon',
  'Duration as H:MM:SS or MM:SS': 'H:MM:SS or MM:SS',
  'Local time of day, HH:MM, 24-hour': 'HH:MM, 24-hour',
};

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Rewrites one JSON Schema node into the subset Gemini accepts. Pure; exported for tests. */
export function toGeminiSchema(node: unknown): Json {
  if (Array.isArray(node)) return node.map(toGeminiSchema);
  if (node === null || typeof node !== 'object') return node as Json;
  const src = node as Record<string, unknown>;
  const out: Record<string, Json> = {};
  for (const [key, value] of Object.entries(src)) {
    if (key === 'properties' && value && typeof value === 'object') {
      const props: Record<string, Json> = {};
      for (const [name, sub] of Object.entries(value as Record<string, unknown>)) props[name] = toGeminiSchema(sub);
      out.properties = props;
    } else if (key === 'const') {
      out.enum = [value as Json];
    } else if (key === 'exclusiveMinimum' && typeof value === 'number') {
      // Gemini has no exclusive bounds; zod still rejects the bound itself.
      if (!('minimum' in src)) out.minimum = value;
    } else if (key === 'exclusiveMaximum' && typeof value === 'number') {
      if (!('maximum' in src)) out.maximum = value;
    } else if (key === 'oneOf') {
      out.anyOf = toGeminiSchema(value);
    } else if (key === 'description' && typeof value === 'string') {
      out.description = SHORTER[value] ?? value;
    } else if (KEEP.has(key)) {
      out[key] = key === 'items' || key === 'anyOf' ? toGeminiSchema(value) : (value as Json);
    }
  }
  // An object with no properties is still declared as an object; empty `required` lists are noise.
  if (Array.isArray(out.required) && out.required.length === 0) delete out.required;
  return out;
}

/** The JSON Schema of one tool's arguments as Gemini takes it. */
export function parametersFor(name: ToolName): Json {
  return toGeminiSchema(z.toJSONSchema(toolArgSchemas[name], { io: 'input', unrepresentable: 'any' }));
}

let cached: FunctionDeclaration[] | undefined;

/** Tools offered on text and voice turns: all but propose_run, which only photo turns need. */
export const CONVERSATION_TOOLS: readonly ToolName[] = (Object.keys(tools) as ToolName[]).filter(
  (name) => name !== 'propose_run',
);

/**
 * One declaration per tool, in registry order (only `names` when given). No tool takes a user id (identity
 * comes from the update).
 */
export function functionDeclarations(names?: readonly ToolName[]): FunctionDeclaration[] {
  cached ??= (Object.keys(tools) as ToolName[]).map((name) => ({
    name,
    description: tools[name].description,
    parametersJsonSchema: parametersFor(name),
  }));
  return names ? cached.filter((d) => names.includes(d.name as ToolName)) : cached;
}
