import { snapshotFromPackage, walkNodes } from '@crossskill/standards';
import { describe, expect, it } from 'vitest';
import { envFor } from '../marketplaces/env.js';
import { evaluateChecks } from '../tasks/evaluate.js';
import { instantiateTask } from '../tasks/instantiate.js';
import { runSolution } from '../tasks/replay.js';
import type { TaskDefinition } from '../tasks/types.js';
import { validateTaskDefinition } from '../tasks/validate.js';
import { TASK_LIBRARY } from './index.js';

const SEEDS = ['cand-001', 'cand-002', 'cand-003'];

/** Skill-table rows (003 §4.2) of 跨境电子商务师 at levels 5 and 4, as the standard's function codes. */
const REQUIRED_ROWS: Record<5 | 4, Record<string, string>> = {
  5: { F1: '产品及服务信息管理', F2: '线上店铺设计与装修', F4: '业务处理', F6: '商务数据分析' },
  4: {
    F1: '产品及服务信息管理',
    F2: '线上店铺设计与装修',
    F3: '营销推广',
    F4: '业务处理',
    F5: '客户服务',
    F6: '商务数据分析',
  },
};

describe('task library', () => {
  it('holds at least 32 tasks with unique codes', () => {
    expect(TASK_LIBRARY.length).toBeGreaterThanOrEqual(32);
    const codes = TASK_LIBRARY.map((t) => t.code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it.each(TASK_LIBRARY.map((t) => [t.code, t] as const))('%s is a valid task definition', (_code, task) => {
    const v = validateTaskDefinition(task);
    const problems = v.ok ? [] : v.problems.map((p) => `${p.path}: ${p.message.en}`);
    expect(problems).toEqual([]);
  });

  it.each(TASK_LIBRARY.map((t) => [t.code, t] as const))(
    '%s: the reference solution scores full points for three candidates',
    (_code, task) => {
      for (const seed of SEEDS) {
        const instance = instantiateTask(task, seed, envFor);
        const { state, log } = runSolution(task, instance, envFor);
        const refused = log.filter((e) => !e.ok).map((e) => `step ${e.seq} ${e.action.type}: ${e.refusal?.reason.en}`);
        const report = evaluateChecks(task, instance, state, log, envFor);
        const failed = report.results
          .filter((r) => !r.passed)
          .map((r) => `${r.checkId}: ${r.detail.en} (params ${JSON.stringify(instance.params)})`);
        expect({ seed, refused, failed }).toEqual({ seed, refused: [], failed: [] });
        expect(report.awarded).toBe(report.total);
      }
    },
  );

  it('fills every placeholder of the instructions and the buyer messages for each candidate', () => {
    const leftover = /\{@?[A-Za-z_][A-Za-z0-9_]*\}|(?<![\w$])[$@][A-Za-z_][A-Za-z0-9_]*/;
    for (const task of TASK_LIBRARY) {
      const instance = instantiateTask(task, SEEDS[2]!, envFor);
      const texts = [instance.instructions.zh, instance.instructions.en];
      for (const t of instance.initialState.messages) texts.push(...t.messages.map((m) => m.text));
      for (const text of texts) expect(leftover.exec(text)?.[0], `${task.code}: ${text.slice(0, 80)}`).toBeUndefined();
    }
  });

  it('an empty session scores less than full everywhere and below 60 % for most tasks', () => {
    let below60 = 0;
    for (const task of TASK_LIBRARY) {
      const instance = instantiateTask(task, SEEDS[0]!, envFor);
      const report = evaluateChecks(task, instance, instance.initialState, [], envFor);
      expect(report.awarded, task.code).toBeLessThan(report.total);
      if (report.awarded < 0.6 * report.total) below60++;
    }
    expect(below60).toBeGreaterThanOrEqual(Math.ceil(TASK_LIBRARY.length * 0.9));
  });

  it('uses only skill items that exist in the national standard, at the level of the task', () => {
    const ids = new Set<string>();
    for (const loc of walkNodes(snapshotFromPackage())) ids.add(loc.node.id);
    for (const task of TASK_LIBRARY) {
      for (const item of task.skillItems) {
        expect(ids.has(item), `${task.code}: ${item}`).toBe(true);
        expect(item.startsWith(`L${task.level}/`), `${task.code}: ${item} vs level ${task.level}`).toBe(true);
      }
    }
  });

  it('gives every level-5 and level-4 跨境 skill-table row at least two tasks, with a matching weight item', () => {
    for (const level of [5, 4] as const) {
      for (const [fn, row] of Object.entries(REQUIRED_ROWS[level])) {
        const tasks = TASK_LIBRARY.filter((t) => t.skillItems.some((s) => s.startsWith(`L${level}/${fn}/`)));
        expect(tasks.length, `L${level} ${row}`).toBeGreaterThanOrEqual(2);
        const weighted = TASK_LIBRARY.filter((t) => t.level === level && t.weightItem === row);
        expect(weighted.length, `L${level} weightItem ${row}`).toBeGreaterThanOrEqual(2);
      }
    }
  });

  it('gives each task a weight item that is the function of one of its skill items', () => {
    const names = new Map<string, string>();
    for (const loc of walkNodes(snapshotFromPackage()))
      if (loc.node.kind === 'function') names.set(loc.node.id, loc.node.name);
    for (const task of TASK_LIBRARY) {
      const fns = task.skillItems.map((s) => names.get(s.split('/').slice(0, 2).join('/')));
      expect(fns, task.code).toContain(task.weightItem);
    }
  });

  it('gives each of the five Suzhou personnel categories at least three tasks', () => {
    for (const cat of ['开发选品', '产品采购', '美工设计', '平台运营', '物流管理'] as const) {
      const n = TASK_LIBRARY.filter((t) => t.suzhouCategories.includes(cat)).length;
      expect(n, cat).toBeGreaterThanOrEqual(3);
    }
  });
});

/** A wrong way to do a task and the checks that must catch it. */
const MISTAKES: { code: string; why: string; solution: unknown[]; failing: string[] }[] = [
  {
    code: 'X5-SHIP-01',
    why: 'ships a liquid by ePacket',
    solution: [
      {
        type: 'order.ship',
        orderId: 'O-9401',
        mode: 'offline',
        channelId: 'epacket',
        trackingNo: '$epacketNo',
        parcel: { l: 20, w: 15, h: 10, weightKg: '$weight' },
      },
    ],
    failing: ['shipped', 'channel', 'tracking', 'offline'],
  },
  {
    code: 'X5-ORD-03',
    why: 'also tries to extend the disputed order',
    solution: [
      { type: 'order.extendReceipt', orderId: 'O-9301', days: '$days' },
      { type: 'order.extendReceipt', orderId: 'O-9302', days: '$days' },
    ],
    failing: ['dispute-untouched'],
  },
  {
    code: 'X5-LIST-02',
    why: 'keeps the promotional words and forbidden characters',
    solution: [
      {
        type: 'listing.update',
        listingId: 'L-9402',
        patch: { title: 'Best Seller!!! Stainless Steel {keyword} {capacity} ml' },
      },
    ],
    failing: ['no-chars', 'no-promo', 'valid', 'active'],
  },
  {
    code: 'X4-RET-01',
    why: 'refunds one piece too few and approves the late return',
    solution: [
      { type: 'return.approve', orderId: 'O-9501', returnId: 'R-9501' },
      { type: 'return.refund', orderId: 'O-9501', returnId: 'R-9501', amount: 0.5 },
      { type: 'return.approve', orderId: 'O-9502', returnId: 'R-9502' },
    ],
    failing: ['refund', 'rejected'],
  },
  {
    code: 'X4-FRT-01',
    why: 'answers the actual weight and forgets the fuel surcharge',
    solution: [
      { type: 'answer.submit', key: 'chargeableKg', value: 999 },
      { type: 'answer.submit', key: 'freightCny', value: 1 },
    ],
    failing: ['quoted', 'chargeable', 'freight'],
  },
  {
    code: 'X4-CS-05',
    why: 'answers a Spanish buyer in English',
    solution: [
      {
        type: 'message.reply',
        threadId: 'M-9942',
        text: 'Hello, yes you can return the T-shirt within {returnDays} days if unworn with the tag; we refund in 5 working days.',
      },
    ],
    failing: ['reply-return', 'reply-window', 'reply-condition', 'reply-refund'],
  },
];

describe('checks catch typical mistakes', () => {
  it.each(MISTAKES.map((m) => [m.code, m.why, m] as const))(
    '%s fails the right checks when the candidate %s',
    (code, _why, m) => {
      const task = TASK_LIBRARY.find((t) => t.code === code) as TaskDefinition;
      const wrong: TaskDefinition = { ...task, solution: m.solution };
      const instance = instantiateTask(wrong, SEEDS[1]!, envFor);
      const { state, log } = runSolution(wrong, instance, envFor);
      const report = evaluateChecks(wrong, instance, state, log, envFor);
      const failed = report.results.filter((r) => !r.passed).map((r) => r.checkId);
      expect(failed.sort()).toEqual([...m.failing].sort());
    },
  );
});
