import { isEffectivelyActive, nodeText, refOf, walkNodes } from './snapshot.js';
import type { NodeRef, StandardSnapshot } from './types.js';

/** A node whose name or text contains the query. */
export interface SearchHit extends NodeRef {
  text: string;
  /** The match in `text`: [start, end) offsets. */
  match: { start: number; end: number };
}

/** The text normalised for matching (NFKC, no whitespace, lower case) and, per normalised char, its offset in the text. */
function normalise(text: string): { norm: string; at: number[] } {
  let norm = '';
  const at: number[] = [];
  let i = 0;
  for (const ch of text) {
    const n = ch.normalize('NFKC').toLowerCase().replace(/\s+/gu, '');
    for (const c of n) {
      norm += c;
      at.push(i);
    }
    i += ch.length;
  }
  at.push(text.length);
  return { norm, at };
}

export const normaliseQuery = (q: string) => normalise(q).norm;

/**
 * Substring search over the names and texts of the snapshot's nodes, after normalising both (full-width
 * punctuation, spaces, case), in document order. Retired nodes are left out unless asked for.
 */
export function searchSnapshot(
  s: StandardSnapshot,
  query: string,
  opts: { includeRetired?: boolean; limit?: number } = {},
): SearchHit[] {
  const q = normaliseQuery(query);
  if (!q) return [];
  const hits: SearchHit[] = [];
  const limit = opts.limit ?? 100;
  for (const loc of walkNodes(s)) {
    if (!opts.includeRetired && !isEffectivelyActive(loc)) continue;
    const text = nodeText(loc.node);
    const { norm, at } = normalise(text);
    const pos = norm.indexOf(q);
    if (pos < 0) continue;
    hits.push({ ...refOf(loc), text, match: { start: at[pos]!, end: at[pos + q.length - 1]! + 1 } });
    if (hits.length >= limit) break;
  }
  return hits;
}
