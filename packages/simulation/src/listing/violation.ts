import type { RuleViolation } from '../core/result.js';

export const violation = (rule: string, field: string, zh: string, en: string): RuleViolation => ({
  rule,
  field,
  message: { zh, en },
});

export const charCount = (text: string): number => [...text].length;

/** UTF-8 length in bytes (no TextEncoder: the package compiles without DOM types). */
export function byteCount(text: string): number {
  let bytes = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Phrases found as whole words (case-insensitive): "sale" matches "Sale!" but not "wholesale". */
export function findPhrases(text: string, phrases: string[]): string[] {
  return phrases.filter((p) =>
    new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(p)}(?=$|[^\\p{L}\\p{N}])`, 'iu').test(text),
  );
}
