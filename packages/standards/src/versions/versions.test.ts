import { describe, expect, it } from 'vitest';
import { weightTable } from '../national/rules/weights.js';
import { WORK_REQUIREMENTS } from '../national/tree/index.js';
import {
  addNode,
  diffSnapshots,
  editNode,
  locate,
  moveNode,
  nextNodeId,
  retireNode,
  type SnapshotContent,
  type SnapshotItem,
  StandardEditError,
  searchSnapshot,
  setWeights,
  snapshotFromPackage,
  validateSnapshot,
  walkNodes,
} from './index.js';

const base = snapshotFromPackage();
const SKILL = 'L4/F2/C2.3/S2.3.1';

function thrown(fn: () => unknown): StandardEditError {
  try {
    fn();
  } catch (e) {
    if (e instanceof StandardEditError) return e;
    throw e;
  }
  throw new Error('expected a StandardEditError');
}

describe('snapshotFromPackage', () => {
  it('passes validation', () => {
    expect(validateSnapshot(base)).toEqual([]);
  });

  it('has the meta, five levels and both weight tables', () => {
    expect(base.meta).toMatchObject({ occupation: '电子商务师', code: '4-01-02-02' });
    expect(base.levels.map((l) => l.level)).toEqual([5, 4, 3, 2, 1]);
    expect(base.weights.theory.rows.length).toBeGreaterThan(0);
    expect(base.weights.skill.rows.length).toBeGreaterThan(0);
  });

  it('gives every node a unique, deterministic id built from the codes', () => {
    const ids = [...walkNodes(base)].map((l) => l.node.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual([...walkNodes(snapshotFromPackage())].map((l) => l.node.id));
    const loc = locate(base, SKILL)!;
    expect(loc.node).toMatchObject({ kind: 'skill', code: '2.3.1', status: 'active' });
    expect((loc.node as SnapshotItem).text).toBe(WORK_REQUIREMENTS[4].functions[1]!.contents[2]!.skills[0]!.text);
    expect(locate(base, 'L4/F2/C2.3/K2.3.1')!.node.kind).toBe('knowledge');
    expect(locate(base, 'L1/F1')!.node).toMatchObject({ kind: 'function', name: '电子商务战略规划' });
  });

  it('counts every node of the package tree', () => {
    let expected = 0;
    for (const lv of Object.values(WORK_REQUIREMENTS)) {
      for (const f of lv.functions) {
        expected += 1;
        for (const c of f.contents) expected += 1 + c.skills.length + c.knowledge.length;
      }
    }
    expect([...walkNodes(base)].length).toBe(expected);
  });

  it('keeps the weight tables of the package', () => {
    const col = base.weights.skill.rows.map((r) => [r.item, r.weights['4-网商']]).filter(([, w]) => w !== null);
    expect(col).toEqual(weightTable('skill', 4, '网商').map((r) => [r.item, r.weight]));
  });

  it('is plain JSON', () => {
    expect(JSON.parse(JSON.stringify(base))).toEqual(base);
  });
});

describe('edits are pure', () => {
  it('does not change the input snapshot', () => {
    const before = JSON.stringify(base);
    editNode(base, SKILL, { text: '新文本' });
    retireNode(base, 'L4/F1');
    setWeights(base, {
      kind: 'skill',
      level: 4,
      workType: '网商',
      weights: weightTable('skill', 4, '网商'),
    });
    expect(JSON.stringify(base)).toBe(before);
  });
});

describe('diffSnapshots', () => {
  it('is empty between equal snapshots', () => {
    expect(diffSnapshots(base, snapshotFromPackage())).toEqual({
      added: [],
      removed: [],
      changed: [],
      weightChanges: [],
    });
  });

  it('shows exactly two entries for two edits', () => {
    let next = editNode(base, SKILL, { text: '能根据跨境电商网店logo设计规范,设计并制作网店logo' });
    next = editNode(next, 'L3/F1/C1.1', { name: '文字资料采集与编辑' });
    const diff = diffSnapshots(base, next);
    expect(diff.added).toEqual([]);
    expect(diff.removed).toEqual([]);
    expect(diff.weightChanges).toEqual([]);
    expect(diff.changed).toHaveLength(2);
    // Document order: levels 5 → 1.
    expect(diff.changed[1]).toMatchObject({
      id: 'L3/F1/C1.1',
      kind: 'content',
      level: 3,
      path: ['1', '1.1'],
      field: 'name',
      new: '文字资料采集与编辑',
    });
    expect(diff.changed[0]).toMatchObject({
      id: SKILL,
      kind: 'skill',
      level: 4,
      path: ['2', '2.3', '2.3.1'],
      field: 'text',
      old: (locate(base, SKILL)!.node as SnapshotItem).text,
      new: '能根据跨境电商网店logo设计规范,设计并制作网店logo',
    });
    expect(diff.changed[0]!.label).toMatch(/^四级 技能要求 2\.3\.1 /);
  });

  it('lists changed weight cells with their column', () => {
    const weights = weightTable('skill', 4, '网商').map((w) =>
      w.item === '营销推广'
        ? { ...w, weight: w.weight + 5 }
        : w.item === '业务处理'
          ? { ...w, weight: w.weight - 5 }
          : w,
    );
    const next = setWeights(base, { kind: 'skill', level: 4, workType: '网商', weights });
    const diff = diffSnapshots(base, next);
    expect(diff.weightChanges).toEqual([
      {
        kind: 'skill',
        level: 4,
        workType: '网商',
        column: '技能要求权重表 四级 网商',
        item: '营销推广',
        old: 20,
        new: 25,
      },
      {
        kind: 'skill',
        level: 4,
        workType: '网商',
        column: '技能要求权重表 四级 网商',
        item: '业务处理',
        old: 15,
        new: 10,
      },
    ]);
    expect(validateSnapshot(next)).toEqual([]);
  });

  it('shows a retired node as removed, once', () => {
    const next = retireNode(base, 'L4/F2/C2.3');
    const diff = diffSnapshots(base, next);
    expect(diff.removed).toHaveLength(1);
    expect(diff.removed[0]).toMatchObject({ id: 'L4/F2/C2.3', kind: 'content', reason: 'retired' });
    expect(diff.changed).toEqual([]);
    expect(searchSnapshot(next, '网店logo设计技巧')).toEqual([]);
  });

  it('shows a deleted subtree once', () => {
    const next = structuredClone(base);
    const f = next.levels.find((l) => l.level === 4)!.functions[1]!;
    f.contents.splice(2, 1);
    const diff = diffSnapshots(base, next);
    expect(diff.removed.map((r) => [r.id, r.reason])).toEqual([['L4/F2/C2.3', 'deleted']]);
  });

  it('shows an added node with its fresh id', () => {
    const id = nextNodeId(base, 4);
    const next = addNode(base, {
      kind: 'skill',
      parentId: 'L4/F2/C2.3',
      code: '2.3.4',
      text: '能设计跨境网店移动端首页',
    });
    expect(id).toBe('L4/N1');
    expect(locate(next, id)!.node).toMatchObject({ code: '2.3.4', text: '能设计跨境网店移动端首页', status: 'active' });
    expect(nextNodeId(next, 4)).toBe('L4/N2');
    const diff = diffSnapshots(base, next);
    expect(diff.added).toEqual([
      expect.objectContaining({
        id,
        kind: 'skill',
        level: 4,
        path: ['2', '2.3', '2.3.4'],
        text: '能设计跨境网店移动端首页',
      }),
    ]);
    expect(diff.changed).toEqual([]);
  });
});

describe('moveNode', () => {
  it('keeps the id and reports the new parent', () => {
    const next = moveNode(base, SKILL, { parentId: 'L4/F2/C2.4', code: '2.4.5', position: 0 });
    const loc = locate(next, SKILL)!;
    expect(loc.parent!.id).toBe('L4/F2/C2.4');
    expect(loc.index).toBe(0);
    expect(loc.node.code).toBe('2.4.5');
    expect((locate(next, 'L4/F2/C2.3')!.node as SnapshotContent).skills.map((s) => s.id)).not.toContain(SKILL);
    const diff = diffSnapshots(base, next);
    expect(diff.changed.map((c) => c.field).sort()).toEqual(['code', 'parent']);
    expect(diff.changed.find((c) => c.field === 'parent')).toMatchObject({
      id: SKILL,
      old: '2.3 跨境电商网店首页设计与制作',
      new: '2.4 跨境电商商品详情页设计与制作',
    });
  });

  it('reports a reorder as one position change', () => {
    const next = moveNode(base, 'L4/F2/C2.3/S2.3.3', { position: 0 });
    const diff = diffSnapshots(base, next);
    expect(diff.changed).toEqual([
      expect.objectContaining({ id: 'L4/F2/C2.3/S2.3.3', field: 'position', old: 2, new: 0 }),
    ]);
  });

  it('refuses a move across levels or into the wrong kind of parent', () => {
    expect(thrown(() => moveNode(base, SKILL, { parentId: 'L3/F2/C2.1' })).code).toBe('INVALID_PARENT');
    expect(thrown(() => moveNode(base, SKILL, { parentId: 'L4/F2' })).code).toBe('INVALID_PARENT');
  });

  it('refuses a code clash in the new place', () => {
    expect(thrown(() => moveNode(base, SKILL, { parentId: 'L4/F2/C2.4', code: '2.4.1' })).code).toBe('DUPLICATE_CODE');
  });

  it('refuses to put a 跨境 item under a 网商-only content', () => {
    expect(thrown(() => moveNode(base, SKILL, { parentId: 'L4/F2/C2.1', code: '2.1.9' })).code).toBe(
      'INVALID_WORK_TYPES',
    );
  });
});

describe('setWeights', () => {
  it('refuses a column that does not sum to 100 and names it', () => {
    const weights = weightTable('theory', 4, '跨境电子商务师').map((w) =>
      w.item === '营销推广' ? { ...w, weight: w.weight - 5 } : w,
    );
    const e = thrown(() => setWeights(base, { kind: 'theory', level: 4, workType: '跨境电子商务师', weights }));
    expect(e.code).toBe('WEIGHTS_DO_NOT_SUM');
    expect(e.message).toBe('理论知识权重表 四级 跨境电子商务师：合计 95，应为 100');
    expect(e.params).toMatchObject({ column: '理论知识权重表 四级 跨境电子商务师', total: 95 });
  });

  it('validateSnapshot names a broken column', () => {
    const broken = structuredClone(base);
    broken.weights.skill.rows.find((r) => r.item === '营销推广')!.weights['3-网商'] = 10;
    expect(validateSnapshot(broken)).toEqual([
      {
        code: 'WEIGHTS_DO_NOT_SUM',
        column: '技能要求权重表 三级 网商',
        message: '技能要求权重表 三级 网商：合计 90，应为 100',
      },
    ]);
  });

  it('refuses unknown items, bad numbers and bad columns', () => {
    const col = { kind: 'skill' as const, level: 4 as const, workType: '网商' as const };
    expect(thrown(() => setWeights(base, { ...col, weights: [{ item: '电子商务战略规划', weight: 100 }] })).code).toBe(
      'INVALID_WEIGHT',
    );
    expect(thrown(() => setWeights(base, { ...col, weights: [{ item: '营销推广', weight: 100.5 }] })).code).toBe(
      'INVALID_WEIGHT',
    );
    expect(thrown(() => setWeights(base, { kind: 'skill', level: 4, weights: [] })).code).toBe('INVALID_WEIGHT_COLUMN');
  });

  it('level 1 has a single column', () => {
    const next = setWeights(base, { kind: 'skill', level: 1, weights: weightTable('skill', 1) });
    expect(diffSnapshots(base, next).weightChanges).toEqual([]);
  });
});

describe('retire and validation', () => {
  it('retiring a weighted function makes the weights point at nothing until they are changed', () => {
    const next = retireNode(base, 'L1/F4');
    expect(validateSnapshot(next).map((p) => p.code)).toEqual([
      'WEIGHTED_ITEM_NOT_IN_TREE',
      'WEIGHTED_ITEM_NOT_IN_TREE',
    ]);
    const fixed = setWeights(
      setWeights(next, {
        kind: 'theory',
        level: 1,
        weights: [
          { item: '职业道德', weight: 5 },
          { item: '基础知识', weight: 5 },
          { item: '商务数据分析', weight: 40 },
          { item: '电子商务战略规划', weight: 25 },
          { item: '电子商务模式设计', weight: 25 },
        ],
      }),
      {
        kind: 'skill',
        level: 1,
        weights: [
          { item: '商务数据分析', weight: 50 },
          { item: '电子商务战略规划', weight: 25 },
          { item: '电子商务模式设计', weight: 25 },
        ],
      },
    );
    expect(validateSnapshot(fixed)).toEqual([]);
  });

  it('refuses to edit or retire a retired node or its children', () => {
    const next = retireNode(base, 'L4/F2/C2.3');
    expect(thrown(() => retireNode(next, 'L4/F2/C2.3')).code).toBe('NODE_RETIRED');
    expect(thrown(() => editNode(next, SKILL, { text: 'x' })).code).toBe('NODE_RETIRED');
  });

  it('a new function needs weights before it validates', () => {
    const next = addNode(base, { kind: 'function', level: 1, code: '5', name: '跨境合规管理' });
    expect(validateSnapshot(next).map((p) => p.code)).toEqual(['FUNCTION_NOT_WEIGHTED', 'FUNCTION_NOT_WEIGHTED']);
  });
});

describe('editNode', () => {
  it('renaming a function carries its weights for that level', () => {
    const next = editNode(base, 'L2/F5', { name: '技术管理与人才培训' });
    expect(validateSnapshot(next)).toEqual([]);
    expect(weightTable('skill', 2, '网商').find((w) => w.item === '技术管理与培训')).toBeDefined();
    const diff = diffSnapshots(base, next);
    expect(diff.changed).toEqual([expect.objectContaining({ id: 'L2/F5', field: 'name', new: '技术管理与人才培训' })]);
    expect(diff.weightChanges.every((w) => w.level === 2)).toBe(true);
  });

  it('refuses wrong fields, empty values, duplicate codes and foreign work types', () => {
    expect(thrown(() => editNode(base, 'L4/F2', { text: 'x' })).code).toBe('INVALID_FIELD');
    expect(thrown(() => editNode(base, SKILL, { text: '  ' })).code).toBe('EMPTY_VALUE');
    expect(thrown(() => editNode(base, SKILL, { code: '2.3.2' })).code).toBe('DUPLICATE_CODE');
    expect(thrown(() => editNode(base, 'L1/F1', { workTypes: ['网商'] })).code).toBe('INVALID_WORK_TYPES');
    expect(thrown(() => editNode(base, 'nope', { text: 'x' })).code).toBe('NODE_NOT_FOUND');
  });

  it('work types follow down to the children that had the same', () => {
    const next = editNode(base, 'L4/F2/C2.3', { workTypes: null });
    const c = locate(next, 'L4/F2/C2.3')!.node as SnapshotContent;
    expect(c.workTypes).toBeUndefined();
    expect(c.skills.every((s) => s.workTypes === undefined)).toBe(true);
  });
});

describe('searchSnapshot', () => {
  it('finds real text, ignoring spaces and full-width punctuation', () => {
    const hits = searchSnapshot(base, '跨境电商选品');
    expect(hits.length).toBeGreaterThan(0);
    expect(hits[0]).toMatchObject({ kind: 'content', level: 4, text: '跨境电商选品' });
    const comma = searchSnapshot(base, '结合店铺海外市场定位，设计');
    expect(comma.map((h) => h.id)).toContain(SKILL);
    const hit = comma.find((h) => h.id === SKILL)!;
    expect(hit.text.slice(hit.match.start, hit.match.end)).toBe('结合店铺海外市场定位,设计');
    expect(searchSnapshot(base, '   ')).toEqual([]);
  });
});
