import { describe, expect, it } from 'vitest';
import type { MarketplaceRuleSet, RuleSource } from '../core/rules.js';
import type { MarketplaceId } from '../core/state.js';
import { LEAF_CATEGORY_IDS } from './categories.js';
import { diffRuleSets, listSourcedRules } from './diff.js';
import { envFor } from './env.js';
import { USCC_PATTERN } from './fields.js';
import { categoryPath, findCategory, listRuleSetVersions, MARKETPLACE_RULE_SETS, ruleSetFor } from './registry.js';

const REQUIRED_ATTRS: Record<string, string[]> = {
  'kitchen-utensils': ['material', 'colour'],
  'phone-cases': ['compatibleModel', 'material', 'colour'],
  'yoga-mats': ['material', 'thicknessMm', 'colour', 'lengthCm'],
  'womens-tshirts': ['material', 'size', 'colour', 'sleeveLength'],
  'led-strips': ['voltage', 'lengthM', 'colour', 'plugType'],
  'pet-bowls': ['material', 'capacityMl', 'colour'],
  'face-serums': ['volumeMl', 'skinType'],
};

/** Every `{ value, source }` inside a rule set, with its path. */
function sourcedValues(node: unknown, path = ''): { path: string; source: RuleSource }[] {
  if (typeof node !== 'object' || node === null) return [];
  if ('value' in node && 'source' in node) return [{ path, source: (node as { source: RuleSource }).source }];
  return Object.entries(node).flatMap(([k, v]) => sourcedValues(v, `${path}.${k}`));
}

describe('marketplace rule sets', () => {
  it('lists amazon versions newest first and picks the newest by default', () => {
    expect(listRuleSetVersions('amazon')).toEqual(['2025-06', '2024-01']);
    expect(ruleSetFor('amazon').version).toBe('2025-06');
    expect(ruleSetFor('amazon', '2024-01').listing.title.maxLength.value).toBe(250);
    expect(ruleSetFor('aliexpress').version).toBe('2025-03');
    expect(ruleSetFor('alibaba').version).toBe('2025-01');
  });

  it('throws on an unknown version', () => {
    expect(() => ruleSetFor('amazon', '1999-01')).toThrow(/amazon@1999-01/);
  });

  it('differs between amazon versions on title length and the word-repeat rule', () => {
    const now = ruleSetFor('amazon', '2025-06').listing.title;
    const before = ruleSetFor('amazon', '2024-01').listing.title;
    expect(now.maxLength.value).toBe(200);
    expect(now.maxWordRepeat.value).toBe(2);
    expect(before.maxWordRepeat.value).toBeNull();
    expect(now.forbiddenChars.value).toEqual(['!', '$', '?', '_', '{', '}', '^', '¬', '¦']);
  });

  it.each(MARKETPLACE_RULE_SETS.map((r) => [`${r.id}@${r.version}`, r] as [string, MarketplaceRuleSet]))(
    '%s: every sourced rule names a source with a title and an effective date',
    (_, rules) => {
      const values = sourcedValues(rules);
      expect(values.length).toBeGreaterThan(20);
      for (const { path, source } of values) {
        expect(source.title.length, path).toBeGreaterThan(10);
        expect(source.effectiveFrom, path).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
      expect(rules.sources.length).toBeGreaterThan(5);
    },
  );

  it.each(MARKETPLACE_RULE_SETS.map((r) => [`${r.id}@${r.version}`, r] as [string, MarketplaceRuleSet]))(
    '%s: has the shared leaves with their required attributes, each under a parent',
    (_, rules) => {
      for (const id of LEAF_CATEGORY_IDS) {
        const leaf = findCategory(rules, id);
        expect(leaf?.leaf, id).toBe(true);
        const required = leaf?.attributes.filter((a) => a.required).map((a) => a.key) ?? [];
        const expected = [...(REQUIRED_ATTRS[id] ?? []), ...(rules.model === 'B2B' ? ['moq'] : [])];
        expect(required.sort()).toEqual(expected.sort());
        expect(categoryPath(rules, id).map((c) => c.leaf)).toEqual([false, true]);
      }
    },
  );

  it('answers an empty path for an unknown category', () => {
    expect(categoryPath(ruleSetFor('amazon'), 'nope')).toEqual([]);
  });

  it('uses the brief state names and awaiting-shipment state', () => {
    const awaiting: Record<MarketplaceId, string> = {
      amazon: 'Unshipped',
      aliexpress: 'WAIT_SELLER_SEND_GOODS',
      alibaba: 'WAIT_SUPPLIER_SHIP',
    };
    for (const rules of MARKETPLACE_RULE_SETS) {
      const names = rules.orders.states.value.map((s) => s.name);
      expect(names).toContain(awaiting[rules.id]);
      expect(rules.orders.awaitingShipment).toBe(awaiting[rules.id]);
    }
    expect(ruleSetFor('aliexpress').orders.states.value).toHaveLength(11);
  });

  it('has sub-account roles whose permissions all exist', () => {
    for (const rules of MARKETPLACE_RULE_SETS) {
      const known = new Set(rules.permissions.map((p) => p.key));
      for (const role of rules.subAccountRoles) for (const p of role.permissions) expect(known.has(p)).toBe(true);
    }
  });

  it('has a USCC pattern that takes a valid code and refuses a 17-character or I-containing one', () => {
    const re = new RegExp(USCC_PATTERN);
    expect(re.test('91330100MA2B3C4D5E')).toBe(true);
    expect(re.test('91330100MA2B3C4D5')).toBe(false);
    expect(re.test('91330100MA2B3C4D5I')).toBe(false);
  });

  it('builds an env from the state marketplace and version with logistics and customs', () => {
    const env = envFor({ marketplace: 'amazon', rulesVersion: '2024-01' });
    expect(env.rules.version).toBe('2024-01');
    expect(env.logistics.channels.some((c) => c.id === 'epacket')).toBe(true);
    expect(env.customs.modes.map((m) => m.code)).toContain('9610');
  });
});

describe('diffRuleSets', () => {
  it('lists the title length and word-repeat rule as the changes from amazon 2024-01 to 2025-06', () => {
    const changes = diffRuleSets(ruleSetFor('amazon', '2024-01'), ruleSetFor('amazon', '2025-06'));
    expect(changes.map((c) => c.path)).toEqual(['listing.title.maxLength', 'listing.title.maxWordRepeat']);
    expect(changes[0]).toMatchObject({ before: 250, after: 200 });
    expect(changes[0]?.source.effectiveFrom).toBe('2025-01-21');
  });

  it('finds nothing between a rule set and itself', () => {
    expect(diffRuleSets(ruleSetFor('alibaba'), ruleSetFor('alibaba'))).toEqual([]);
  });
});

describe('listSourcedRules', () => {
  it('lists every sourced rule of a rule set with its path, value and source, in path order', () => {
    const rules = listSourcedRules(ruleSetFor('amazon', '2025-06'));
    const title = rules.find((r) => r.path === 'listing.title.maxLength');
    expect(title).toMatchObject({ value: 200, source: { effectiveFrom: '2025-01-21' } });
    expect(rules.map((r) => r.path)).toEqual([...rules.map((r) => r.path)].sort());
    expect(rules.every((r) => r.source.title.length > 0 && /^\d{4}-\d{2}-\d{2}$/.test(r.source.effectiveFrom))).toBe(
      true,
    );
  });
});
