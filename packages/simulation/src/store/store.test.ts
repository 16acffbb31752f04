import { describe, expect, it } from 'vitest';
import type { StoreAction } from '../core/actions.js';
import { cloneState } from '../core/clone.js';
import { createEmptyState } from '../core/create.js';
import type { Reducer } from '../core/reducer.js';
import { type ActionResult, SimRefusal } from '../core/result.js';
import type { MarketplaceId, SimState } from '../core/state.js';
import { envFor } from '../marketplaces/env.js';
import { storeReducers } from './reducers.js';
import { storeActionSchemas } from './schemas.js';
import { validateRegistration, validateSettings } from './validate.js';

function run(state: SimState, action: StoreAction): ActionResult<SimState> {
  const draft = cloneState(state);
  try {
    const events = (storeReducers[action.type] as Reducer<typeof action.type>)(draft, action as never, envFor(state));
    return { ok: true, state: draft, events: events ?? [] };
  } catch (e) {
    if (e instanceof SimRefusal) return { ok: false, refusal: e.toRefusal() };
    throw e;
  }
}

function ok(state: SimState, action: StoreAction): SimState {
  const r = run(state, action);
  if (!r.ok) throw new Error(`refused: ${r.refusal.code} ${r.refusal.reason.en}`);
  return r.state;
}

function refusal(state: SimState, action: StoreAction) {
  const r = run(state, action);
  if (r.ok) throw new Error(`expected a refusal of ${action.type}`);
  return r.refusal;
}

const AMAZON_FIELDS: Record<string, string> = {
  companyName: '杭州示例贸易有限公司',
  uscc: '91330100MA2B3C4D5E',
  legalRepresentative: '张三',
  contactEmail: 'owner@example.com',
  contactPhone: '+86 13800138000',
  businessAddress: '浙江省杭州市西湖区文三路 1 号',
  bankAccount: '6222020200112233445',
  legalRepresentativeIdNo: '330106199001011234',
  marketplaceSite: 'US',
};

const empty = (
  m: MarketplaceId = 'amazon',
  v = m === 'amazon' ? '2025-06' : m === 'aliexpress' ? '2025-03' : '2025-01',
) => createEmptyState(m, v, 'seed-1');

const verified = (): SimState =>
  ok(ok(empty(), { type: 'store.register', fields: AMAZON_FIELDS }), { type: 'store.submitVerification' });

describe('store registration and verification', () => {
  it('verifies a complete, well-formed registration', () => {
    const s = verified();
    expect(s.store.status).toBe('verified');
    expect(s.store.verificationProblems).toEqual([]);
    expect(s.store.registration.uscc).toBe('91330100MA2B3C4D5E');
  });

  it('refuses a malformed credit code naming the field', () => {
    const r = refusal(empty(), { type: 'store.register', fields: { ...AMAZON_FIELDS, uscc: '91330100MA2B3C4D5' } });
    expect(r.code).toBe('STORE_REGISTRATION_INVALID');
    expect(r.field).toBe('uscc');
    expect(r.reason.zh).toContain('统一社会信用代码');
  });

  it('refuses a bad email and an unknown field', () => {
    expect(refusal(empty(), { type: 'store.register', fields: { contactEmail: 'owner@' } }).field).toBe('contactEmail');
    expect(refusal(empty(), { type: 'store.register', fields: { shoeSize: '42' } }).field).toBe('shoeSize');
  });

  it('saves a partial registration, then rejects verification listing every missing field', () => {
    const s = ok(empty(), { type: 'store.register', fields: { companyName: '杭州示例贸易有限公司' } });
    expect(s.store.status).toBe('pending_verification');
    const after = ok(s, { type: 'store.submitVerification' });
    expect(after.store.status).toBe('rejected');
    expect(after.store.verificationProblems.map((p) => p.field)).toContain('uscc');
    expect(after.store.verificationProblems.every((p) => p.rule === 'field.required')).toBe(true);
  });

  it('refuses verification with nothing registered and re-registration once verified', () => {
    expect(refusal(empty(), { type: 'store.submitVerification' }).code).toBe('STORE_NOT_REGISTERED');
    expect(refusal(verified(), { type: 'store.register', fields: AMAZON_FIELDS }).code).toBe('STORE_ALREADY_VERIFIED');
  });

  it('requires the AliExpress-like plan', () => {
    const problems = validateRegistration({ ...AMAZON_FIELDS }, envFor(empty('aliexpress')).rules);
    expect(problems.map((p) => p.field)).toEqual(
      expect.arrayContaining(['plan', 'enterpriseAlipay', 'legalRepresentativeIdNo', 'marketplaceSite']),
    );
  });
});

describe('store settings', () => {
  it('stores numbers sent as text and refuses a return window below the marketplace minimum', () => {
    const s = ok(verified(), { type: 'store.updateSettings', settings: { handlingDays: '2', vacationMode: false } });
    expect(s.store.settings).toEqual({ handlingDays: 2, vacationMode: false });
    const r = refusal(s, { type: 'store.updateSettings', settings: { returnPolicyDays: 14 } });
    expect(r).toMatchObject({ code: 'STORE_SETTINGS_INVALID', field: 'returnPolicyDays' });
    expect(r.reason.zh).toContain('不能小于 30');
  });

  it('refuses unknown setting keys', () => {
    expect(refusal(verified(), { type: 'store.updateSettings', settings: { colourTheme: 'red' } }).field).toBe(
      'colourTheme',
    );
  });

  it('reports missing required settings on a full check only', () => {
    const rules = envFor(empty()).rules;
    expect(validateSettings({ storeName: 'Acme' }, rules, { partial: true })).toEqual([]);
    expect(validateSettings({ storeName: 'Acme' }, rules).map((p) => p.field)).toEqual(
      expect.arrayContaining(['customerServiceEmail', 'returnPolicyDays', 'handlingDays']),
    );
  });
});

describe('store categories', () => {
  it('adds two levels, refuses a third and duplicate sibling names', () => {
    let s = ok(verified(), { type: 'store.addCategory', name: '厨房' });
    const top = s.storeCategories[0]!;
    s = ok(s, { type: 'store.addCategory', name: '锅铲', parentId: top.id });
    const child = s.storeCategories[1]!;
    expect(child.parentId).toBe(top.id);
    expect(refusal(s, { type: 'store.addCategory', name: '硅胶', parentId: child.id }).code).toBe(
      'STORE_CATEGORY_DEPTH',
    );
    expect(refusal(s, { type: 'store.addCategory', name: ' 厨房 ' }).code).toBe('STORE_CATEGORY_DUPLICATE');
    expect(ok(s, { type: 'store.addCategory', name: '厨房', parentId: top.id }).storeCategories).toHaveLength(3);
  });

  it('moves a category among its siblings', () => {
    let s = verified();
    for (const name of ['A', 'B', 'C']) s = ok(s, { type: 'store.addCategory', name });
    const c = s.storeCategories.find((x) => x.name === 'C')!;
    s = ok(s, { type: 'store.updateCategory', categoryId: c.id, position: 0 });
    const order = [...s.storeCategories].sort((a, b) => a.position - b.position).map((x) => x.name);
    expect(order).toEqual(['C', 'A', 'B']);
  });

  it('refuses to remove a category a listing uses, or one with children', () => {
    let s = ok(verified(), { type: 'store.addCategory', name: 'Yoga' });
    const cat = s.storeCategories[0]!;
    s = ok(s, { type: 'store.addCategory', name: 'Mats', parentId: cat.id });
    expect(refusal(s, { type: 'store.removeCategory', categoryId: cat.id }).code).toBe('STORE_CATEGORY_HAS_CHILDREN');
    const child = s.storeCategories[1]!;
    const withListing = cloneState(s);
    withListing.listings.push({ storeCategoryId: child.id, id: 'L-9' } as SimState['listings'][number]);
    expect(refusal(withListing, { type: 'store.removeCategory', categoryId: child.id }).code).toBe(
      'STORE_CATEGORY_IN_USE',
    );
    expect(ok(s, { type: 'store.removeCategory', categoryId: child.id }).storeCategories).toHaveLength(1);
  });
});

describe('sub-accounts', () => {
  it("adds one with the role's permissions by default", () => {
    const s = ok(verified(), {
      type: 'subaccount.add',
      name: 'Li',
      email: 'Li@Example.com',
      role: 'customer_service',
      permissions: [],
    });
    expect(s.subAccounts[0]).toMatchObject({
      email: 'li@example.com',
      permissions: ['messages', 'orders'],
      active: true,
    });
  });

  it('refuses an unknown role, a permission outside the role, and a duplicate email', () => {
    const s = ok(verified(), {
      type: 'subaccount.add',
      name: 'Li',
      email: 'li@example.com',
      role: 'operator',
      permissions: ['ads'],
    });
    expect(
      refusal(s, { type: 'subaccount.add', name: 'W', email: 'w@example.com', role: 'boss', permissions: [] }).code,
    ).toBe('SUBACCOUNT_ROLE_UNKNOWN');
    const outside = refusal(s, {
      type: 'subaccount.add',
      name: 'W',
      email: 'w@example.com',
      role: 'customer_service',
      permissions: ['finance'],
    });
    expect(outside).toMatchObject({ code: 'SUBACCOUNT_PERMISSION_NOT_IN_ROLE', field: 'permissions' });
    expect(
      refusal(s, { type: 'subaccount.add', name: 'W', email: 'LI@example.com', role: 'operator', permissions: [] })
        .code,
    ).toBe('SUBACCOUNT_EMAIL_TAKEN');
  });

  it('refuses more active sub-accounts than the marketplace allows, and disabling frees a place', () => {
    let s = empty('alibaba');
    s.store.status = 'verified';
    for (let i = 0; i < 5; i++) {
      s = ok(s, {
        type: 'subaccount.add',
        name: `U${i}`,
        email: `u${i}@example.com`,
        role: 'designer',
        permissions: [],
      });
    }
    expect(
      refusal(s, { type: 'subaccount.add', name: 'X', email: 'x@example.com', role: 'designer', permissions: [] }).code,
    ).toBe('SUBACCOUNT_LIMIT');
    s = ok(s, { type: 'subaccount.disable', subAccountId: s.subAccounts[0]!.id });
    expect(refusal(s, { type: 'subaccount.disable', subAccountId: s.subAccounts[0]!.id }).code).toBe(
      'SUBACCOUNT_DISABLED',
    );
    expect(
      ok(s, { type: 'subaccount.add', name: 'X', email: 'x@example.com', role: 'designer', permissions: [] })
        .subAccounts,
    ).toHaveLength(6);
  });

  it("changing the role resets permissions to the new role's", () => {
    let s = ok(verified(), {
      type: 'subaccount.add',
      name: 'Li',
      email: 'li@example.com',
      role: 'designer',
      permissions: [],
    });
    s = ok(s, { type: 'subaccount.update', subAccountId: s.subAccounts[0]!.id, role: 'finance' });
    expect(s.subAccounts[0]).toMatchObject({ role: 'finance', permissions: ['finance', 'reports'] });
  });
});

describe('store action schemas', () => {
  const byType = new Map(storeActionSchemas.map((s) => [String((s.shape.type as { value: string }).value), s]));
  it('accepts a well-formed register and refuses extra keys or oversize values', () => {
    const register = byType.get('store.register')!;
    expect(register.safeParse({ type: 'store.register', fields: { companyName: 'A' } }).success).toBe(true);
    expect(register.safeParse({ type: 'store.register', fields: {}, extra: 1 }).success).toBe(false);
    expect(register.safeParse({ type: 'store.register', fields: { a: 'x'.repeat(501) } }).success).toBe(false);
    expect(
      byType.get('store.updateSettings')!.safeParse({ type: 'store.updateSettings', settings: { a: Number.NaN } })
        .success,
    ).toBe(false);
  });
});
