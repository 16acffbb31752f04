/** Export declarations: create and edit drafts, submit to customs (refused with every problem, or released). */
import type { ActionOf } from '../core/actions.js';
import { nextId } from '../core/ids.js';
import type { ReducerMap } from '../core/reducer.js';
import type { SimEvent } from '../core/result.js';
import { refuse } from '../core/result.js';
import type { SimEnv } from '../core/rules.js';
import type { CustomsDeclaration, SimState } from '../core/state.js';
import { validateDeclaration } from './validate.js';

function editableDeclaration(draft: SimState, declarationId: string): CustomsDeclaration {
  const decl = draft.declarations.find((d) => d.id === declarationId);
  if (!decl)
    refuse(
      'DECLARATION_NOT_FOUND',
      `报关单 ${declarationId} 不存在`,
      `Declaration ${declarationId} not found`,
      'declarationId',
    );
  if (decl.status !== 'draft' && decl.status !== 'rejected') {
    refuse(
      'DECLARATION_LOCKED',
      `报关单 ${decl.id} 已申报（${decl.status}），不能修改或重复申报`,
      `Declaration ${decl.id} has been submitted (${decl.status}); it cannot be changed or submitted again`,
      'declarationId',
    );
  }
  return decl;
}

function createReducer(draft: SimState, action: ActionOf<'customs.createDeclaration'>, env: SimEnv): SimEvent[] {
  const decl: CustomsDeclaration = {
    id: nextId(draft, 'D'),
    mode: action.mode,
    fields: { ...action.fields },
    lines: action.lines.map((l) => ({ ...l, elements: { ...l.elements } })),
    orderIds: [...action.orderIds],
    status: 'draft',
    problems: [],
    createdAt: draft.now,
  };
  decl.problems = validateDeclaration(decl, env.customs, draft);
  draft.declarations.push(decl);
  return [
    {
      kind: 'customs.draft',
      message: {
        zh: `报关单 ${decl.id}（${decl.mode}）已保存为草稿，待完善 ${decl.problems.length} 项`,
        en: `Declaration ${decl.id} (${decl.mode}) saved as a draft; ${decl.problems.length} problem(s) to fix`,
      },
      refs: { declarationId: decl.id },
    },
  ];
}

function updateReducer(draft: SimState, action: ActionOf<'customs.updateDeclaration'>, env: SimEnv): SimEvent[] {
  const decl = editableDeclaration(draft, action.declarationId);
  if (action.fields) decl.fields = { ...decl.fields, ...action.fields };
  if (action.lines) decl.lines = action.lines.map((l) => ({ ...l, elements: { ...l.elements } }));
  decl.status = 'draft';
  decl.problems = validateDeclaration(decl, env.customs, draft);
  return [
    {
      kind: 'customs.draft',
      message: {
        zh: `报关单 ${decl.id} 已更新，待完善 ${decl.problems.length} 项`,
        en: `Declaration ${decl.id} updated; ${decl.problems.length} problem(s) to fix`,
      },
      refs: { declarationId: decl.id },
    },
  ];
}

function submitReducer(draft: SimState, action: ActionOf<'customs.submitDeclaration'>, env: SimEnv): SimEvent[] {
  const decl = editableDeclaration(draft, action.declarationId);
  const problems = validateDeclaration(decl, env.customs, draft);
  if (problems.length > 0) {
    refuse(
      'DECLARATION_INVALID',
      `报关单 ${decl.id} 申报不通过：${problems.map((p) => p.message.zh).join('；')}`,
      `Declaration ${decl.id} was not accepted: ${problems.map((p) => p.message.en).join('; ')}`,
      problems[0]?.field,
    );
  }
  decl.problems = [];
  decl.status = 'released';
  return [
    {
      kind: 'customs.released',
      message: {
        zh: `报关单 ${decl.id}（${decl.mode}）申报成功，海关已放行`,
        en: `Declaration ${decl.id} (${decl.mode}) accepted and released`,
      },
      refs: { declarationId: decl.id },
    },
  ];
}

export const customsReducers: ReducerMap = {
  'customs.createDeclaration': createReducer,
  'customs.updateDeclaration': updateReducer,
  'customs.submitDeclaration': submitReducer,
};
