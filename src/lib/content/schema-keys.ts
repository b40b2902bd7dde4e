/**
 * The field names a schema allows at a path, so a misspelt field can be answered with
 * "mungkin maksud Anda …?".
 */
import type { z } from 'astro/zod';

type AnySchema = z.ZodType & { def?: Record<string, unknown>; shape?: Record<string, AnySchema>; element?: AnySchema };

const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'readonly', 'nonoptional', 'catch']);

function unwrap(schema: AnySchema | undefined): AnySchema | undefined {
  let current = schema;
  for (let guard = 0; current && guard < 20; guard++) {
    const def = current.def as { type?: string; innerType?: AnySchema; in?: AnySchema; out?: AnySchema } | undefined;
    if (!def?.type) break;
    if (WRAPPERS.has(def.type)) current = def.innerType;
    else if (def.type === 'pipe') current = (def.out?.def as { type?: string })?.type === 'transform' ? def.in : def.out;
    else break;
  }
  return current;
}

export function keysAt(schema: z.ZodType, fieldPath: readonly PropertyKey[]): string[] {
  let current = unwrap(schema as AnySchema);
  for (const key of fieldPath) {
    if (!current) return [];
    if (typeof key === 'number' && current.element) current = unwrap(current.element);
    else if (current.shape && typeof key === 'string') current = unwrap(current.shape[key]);
    else return [];
  }
  return current?.shape ? Object.keys(current.shape) : [];
}
