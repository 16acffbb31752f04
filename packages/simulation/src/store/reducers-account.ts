/** Registration, verification and store settings. */
import type { ReducerMap } from '../core/reducer.js';
import type { RuleViolation } from '../core/result.js';
import { refuse } from '../core/result.js';
import type { SimState } from '../core/state.js';
import { type FieldValue, normalizeFieldValue } from './field-check.js';
import { validateRegistration, validateSettings } from './validate.js';

const refuseWith = (code: string, problem: RuleViolation): never =>
  refuse(code, problem.message.zh, problem.message.en, problem.field);

function refuseIfSuspended(draft: SimState): void {
  if (draft.store.status === 'suspended') {
    refuse('STORE_SUSPENDED', '店铺已被暂停，不能修改', 'The store is suspended and cannot be changed');
  }
}

export const accountReducers: ReducerMap = {
  /**
   * Saves registration fields (merged with what was saved before; an empty value clears a field). Malformed values
   * and unknown fields are refused at once; missing required fields are reported by `store.submitVerification`.
   */
  'store.register': (draft, action, env) => {
    refuseIfSuspended(draft);
    if (draft.store.status === 'verified') {
      refuse(
        'STORE_ALREADY_VERIFIED',
        '店铺已通过审核，注册信息不可修改',
        'The store is verified; its registration is locked',
      );
    }
    const merged: Record<string, string> = { ...draft.store.registration };
    for (const [key, value] of Object.entries(action.fields)) {
      if (value.trim() === '') delete merged[key];
      else merged[key] = value.trim();
    }
    const malformed = validateRegistration(merged, env.rules).find((p) => p.rule !== 'field.required');
    if (malformed) refuseWith('STORE_REGISTRATION_INVALID', malformed);
    draft.store.registration = merged;
    draft.store.status = 'pending_verification';
    draft.store.verificationProblems = [];
    return [
      {
        kind: 'store.registered',
        message: { zh: '注册信息已保存，请提交审核', en: 'Registration saved; submit it for verification' },
      },
    ];
  },

  'store.submitVerification': (draft, _action, env) => {
    refuseIfSuspended(draft);
    if (draft.store.status === 'verified') {
      refuse('STORE_ALREADY_VERIFIED', '店铺已通过审核', 'The store is already verified');
    }
    if (Object.keys(draft.store.registration).length === 0) {
      refuse('STORE_NOT_REGISTERED', '请先填写注册信息', 'Fill in the registration first', 'fields');
    }
    const problems = validateRegistration(draft.store.registration, env.rules);
    draft.store.verificationProblems = problems;
    draft.store.status = problems.length === 0 ? 'verified' : 'rejected';
    return [
      problems.length === 0
        ? { kind: 'store.verified', message: { zh: '店铺审核通过', en: 'The store has been verified' } }
        : {
            kind: 'store.rejected',
            message: {
              zh: `审核未通过：${problems.map((p) => p.message.zh).join('；')}`,
              en: `Verification failed: ${problems.map((p) => p.message.en).join('; ')}`,
            },
          },
    ];
  },

  /** Changes the given settings only; unknown keys and values outside the rule set's limits are refused. */
  'store.updateSettings': (draft, action, env) => {
    refuseIfSuspended(draft);
    const given: Record<string, FieldValue> = action.settings;
    const problem = validateSettings(given, env.rules, { partial: true })[0];
    if (problem) refuseWith('STORE_SETTINGS_INVALID', problem);
    for (const rule of env.rules.settingFields) {
      const value = given[rule.key];
      if (value === undefined) continue;
      if (typeof value === 'string' && value.trim() === '') delete draft.store.settings[rule.key];
      else draft.store.settings[rule.key] = normalizeFieldValue(rule, value);
    }
    return [
      {
        kind: 'store.settingsUpdated',
        message: {
          zh: `已更新设置：${Object.keys(given).join('、')}`,
          en: `Settings updated: ${Object.keys(given).join(', ')}`,
        },
      },
    ];
  },
};
