/** What changed between two versions of a marketplace rule set: every sourced value that differs, with its source. */
import type { MarketplaceRuleSet, RuleSource } from '../core/rules.js';

export interface RuleSetChange {
  /** Dot path of the rule, e.g. `listing.title.maxLength`. */
  path: string;
  before: unknown;
  after: unknown;
  /** Source of the newer value (or of the older one when the rule was removed). */
  source: RuleSource;
}

type SourcedLike = { value: unknown; source: RuleSource };

const isSourced = (x: unknown): x is SourcedLike =>
  typeof x === 'object' && x !== null && 'value' in x && 'source' in x;

function collect(node: unknown, path: string, out: Map<string, SourcedLike>): void {
  if (isSourced(node)) {
    out.set(path, node);
    return;
  }
  if (typeof node !== 'object' || node === null || Array.isArray(node)) return;
  for (const [key, child] of Object.entries(node)) collect(child, path === '' ? key : `${path}.${key}`, out);
}

/** Sourced rules whose values differ between `older` and `newer` (added and removed rules included), by path. */
export function diffRuleSets(older: MarketplaceRuleSet, newer: MarketplaceRuleSet): RuleSetChange[] {
  const before = new Map<string, SourcedLike>();
  const after = new Map<string, SourcedLike>();
  collect(older, '', before);
  collect(newer, '', after);
  const paths = [...new Set([...before.keys(), ...after.keys()])].sort();
  const changes: RuleSetChange[] = [];
  for (const path of paths) {
    const a = before.get(path);
    const b = after.get(path);
    if (JSON.stringify(a?.value) === JSON.stringify(b?.value)) continue;
    const source = (b ?? a)?.source;
    if (source) changes.push({ path, before: a?.value, after: b?.value, source });
  }
  return changes;
}

export interface SourcedRule {
  /** Dot path of the rule, e.g. `listing.title.maxLength`. */
  path: string;
  value: unknown;
  source: RuleSource;
}

/** Every sourced value of a rule set with its path, in path order (the "rules and sources" page). */
export function listSourcedRules(ruleSet: MarketplaceRuleSet): SourcedRule[] {
  const all = new Map<string, SourcedLike>();
  collect(ruleSet, '', all);
  return [...all.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([path, r]) => ({ path, value: r.value, source: r.source }));
}
