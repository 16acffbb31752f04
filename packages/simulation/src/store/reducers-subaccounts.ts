/** Sub-accounts (子账号): staff logins with a role and a subset of the role's permissions. */
import { nextId } from '../core/ids.js';
import type { ReducerMap } from '../core/reducer.js';
import { refuse } from '../core/result.js';
import type { MarketplaceRuleSet, SubAccountRole } from '../core/rules.js';
import type { SimState, SubAccount } from '../core/state.js';

const EMAIL = /^[^\s@]{1,64}@[^\s@]+\.[A-Za-z]{2,24}$/;

function roleOrRefuse(rules: MarketplaceRuleSet, key: string): SubAccountRole {
  const role = rules.subAccountRoles.find((r) => r.key === key);
  if (role) return role;
  const known = rules.subAccountRoles.map((r) => r.key).join(' / ');
  return refuse(
    'SUBACCOUNT_ROLE_UNKNOWN',
    `角色 ${key} 不存在（可选：${known}）`,
    `No role ${key} (roles: ${known})`,
    'role',
  );
}

/** The permissions to store: the role's own when none are given; refused when one is unknown or outside the role. */
function permissionsFor(rules: MarketplaceRuleSet, role: SubAccountRole, wanted: string[] | undefined): string[] {
  if (wanted === undefined || wanted.length === 0) return [...role.permissions];
  const known = new Set(rules.permissions.map((p) => p.key));
  const unknown = wanted.find((p) => !known.has(p));
  if (unknown !== undefined) {
    refuse('SUBACCOUNT_PERMISSION_UNKNOWN', `权限 ${unknown} 不存在`, `No permission ${unknown}`, 'permissions');
  }
  const outside = wanted.filter((p) => !role.permissions.includes(p));
  if (outside.length > 0) {
    refuse(
      'SUBACCOUNT_PERMISSION_NOT_IN_ROLE',
      `角色“${role.label.zh}”不包含权限：${outside.join('、')}`,
      `Role "${role.label.en}" does not include: ${outside.join(', ')}`,
      'permissions',
    );
  }
  return [...new Set(wanted)];
}

function subAccountOrRefuse(draft: SimState, id: string): SubAccount {
  const found = draft.subAccounts.find((s) => s.id === id);
  return found ?? refuse('SUBACCOUNT_NOT_FOUND', `子账号 ${id} 不存在`, `No sub-account ${id}`, 'subAccountId');
}

export const subAccountReducers: ReducerMap = {
  'subaccount.add': (draft, action, env) => {
    if (draft.store.status === 'unregistered' || draft.store.status === 'suspended') {
      refuse(
        'STORE_NOT_REGISTERED',
        '店铺尚未注册或已被暂停，不能添加子账号',
        'Register the store before adding sub-accounts',
      );
    }
    const max = env.rules.maxSubAccounts.value;
    if (draft.subAccounts.filter((s) => s.active).length >= max) {
      refuse('SUBACCOUNT_LIMIT', `子账号最多 ${max} 个`, `At most ${max} active sub-accounts`);
    }
    const name = action.name.trim();
    if (name === '') refuse('SUBACCOUNT_NAME_REQUIRED', '请填写子账号姓名', 'The name is required', 'name');
    const email = action.email.trim().toLowerCase();
    if (!EMAIL.test(email)) {
      refuse(
        'SUBACCOUNT_EMAIL_INVALID',
        `邮箱格式不正确：${action.email}`,
        `Not a valid email: ${action.email}`,
        'email',
      );
    }
    if (draft.subAccounts.some((s) => s.email.toLowerCase() === email)) {
      refuse(
        'SUBACCOUNT_EMAIL_TAKEN',
        `邮箱 ${email} 已被其他子账号使用`,
        `${email} is already used by a sub-account`,
        'email',
      );
    }
    const role = roleOrRefuse(env.rules, action.role);
    const subAccount: SubAccount = {
      id: nextId(draft, 'SA'),
      name,
      email,
      role: role.key,
      permissions: permissionsFor(env.rules, role, action.permissions),
      active: true,
    };
    draft.subAccounts.push(subAccount);
    return [
      {
        kind: 'subaccount.added',
        message: { zh: `已添加子账号 ${name}（${role.label.zh}）`, en: `Sub-account ${name} (${role.label.en}) added` },
        refs: { subAccountId: subAccount.id },
      },
    ];
  },

  'subaccount.update': (draft, action, env) => {
    const subAccount = subAccountOrRefuse(draft, action.subAccountId);
    if (!subAccount.active) {
      refuse('SUBACCOUNT_DISABLED', '子账号已停用，不能修改', 'The sub-account is disabled', 'subAccountId');
    }
    const role = roleOrRefuse(env.rules, action.role ?? subAccount.role);
    const wanted = action.permissions ?? (action.role === undefined ? subAccount.permissions : undefined);
    subAccount.permissions = permissionsFor(env.rules, role, wanted);
    subAccount.role = role.key;
    return [
      {
        kind: 'subaccount.updated',
        message: {
          zh: `子账号 ${subAccount.name} 权限：${subAccount.permissions.join('、')}`,
          en: `Sub-account ${subAccount.name} permissions: ${subAccount.permissions.join(', ')}`,
        },
        refs: { subAccountId: subAccount.id },
      },
    ];
  },

  'subaccount.disable': (draft, action) => {
    const subAccount = subAccountOrRefuse(draft, action.subAccountId);
    if (!subAccount.active) {
      refuse('SUBACCOUNT_DISABLED', '子账号已停用', 'The sub-account is already disabled', 'subAccountId');
    }
    subAccount.active = false;
    return [
      {
        kind: 'subaccount.disabled',
        message: { zh: `已停用子账号 ${subAccount.name}`, en: `Sub-account ${subAccount.name} disabled` },
        refs: { subAccountId: subAccount.id },
      },
    ];
  },
};
