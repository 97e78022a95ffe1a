/**
 * Thought signatures across models. Gemini 3 checks the signature on the first function-call part of every
 * model step it is sent back; a missing one is refused with 400. Signatures belong to the model that made
 * them: a content from another model (a fallback model, or gemini-2.5-flash before the upgrade) cannot bring
 * its own. Google's thought-signature guide ("FAQs": transferring a trace from a different model) says to put
 * the documented dummy value in that field instead, which skips the check for that part.
 *
 * So every model content we keep records which model produced it (`model`, our annotation, never sent), and
 * `contentsFor(model, ...)` builds what one request sends: the model's own contents whole, every part and
 * signature untouched; other models' contents with their signatures replaced by the dummy.
 */
import type { Content, Part } from '@google/genai';

/** The value Google documents for a function call whose real signature is not available. */
export const SKIP_SIGNATURE = 'skip_thought_signature_validator';

/** A content as we keep it: Gemini's Content, plus the model that produced it (model contents only). */
export type KeptContent = Content & { model?: string };

function withoutSignature(part: Part): Part {
  const { thoughtSignature: _dropped, ...rest } = part;
  return rest;
}

/** One content as `model` may receive it (a new object; the annotation never goes on the wire). */
export function contentFor(model: string, content: KeptContent): Content {
  const { model: producer, ...wire } = content;
  if (wire.role !== 'model' || producer === model) return wire;
  let marked = false;
  const parts = (wire.parts ?? []).map((part) => {
    const bare = withoutSignature(part);
    if (bare.functionCall && !marked) {
      marked = true;
      return { ...bare, thoughtSignature: SKIP_SIGNATURE };
    }
    return bare;
  });
  return { ...wire, parts };
}

export function contentsFor(model: string, contents: KeptContent[]): Content[] {
  return contents.map((c) => contentFor(model, c));
}
