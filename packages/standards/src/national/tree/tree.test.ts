import { describe, expect, it } from 'vitest';
import { type Level, type RequirementItem, WORK_TYPES, type WorkContent, type WorkType } from '../../types.js';
import { WORK_REQUIREMENTS } from './index.js';

/** Invariants every level's table keeps; the level files' own tests check counts and texts. */
const CLAUSE: Record<Level, string> = { 5: '3.1', 4: '3.2', 3: '3.3', 2: '3.4', 1: '3.5' };
/** Skills whose text in the seed does not begin with 能 (kept as printed). */
const SKILLS_WITHOUT_NENG: Record<Level, string[]> = { 5: [], 4: [], 3: ['4.3.3', '4.3.4'], 2: [], 1: [] };

describe.each([5, 4, 3, 2, 1] as const)('level %i work-requirement tree', (level) => {
  const tree = WORK_REQUIREMENTS[level];
  const contents: WorkContent[] = tree.functions.flatMap((f) => f.contents);
  const items: RequirementItem[] = contents.flatMap((c) => [...c.skills, ...c.knowledge]);

  it('numbers functions, contents, skills and knowledge uniquely and consecutively', () => {
    tree.functions.forEach((f, i) => {
      expect(f.code).toBe(String(i + 1));
      f.contents.forEach((c, j) => {
        expect(c.code).toBe(`${f.code}.${j + 1}`);
        for (const list of [c.skills, c.knowledge]) {
          expect(list.length, c.code).toBeGreaterThan(0);
          expect(list.map((item) => item.code)).toEqual(list.map((_, k) => `${c.code}.${k + 1}`));
        }
      });
    });
  });

  it('keeps no whitespace and no empty name or text', () => {
    const texts = [...tree.functions.map((f) => f.name), ...contents.map((c) => c.name), ...items.map((i) => i.text)];
    for (const text of texts) {
      expect(text).not.toMatch(/\s/);
      expect(text.length).toBeGreaterThan(0);
    }
  });

  it('starts every skill with 能 and no knowledge item with it', () => {
    for (const c of contents) {
      for (const s of c.skills) {
        expect(s.text.startsWith('能'), s.code).toBe(!SKILLS_WITHOUT_NENG[level].includes(s.code));
      }
      for (const k of c.knowledge) expect(k.text.startsWith('能'), k.code).toBe(false);
    }
  });

  it(`gives every node a source in 003 §${CLAUSE[level]} naming its own code`, () => {
    expect(tree.source).toEqual({ doc: '003', clause: CLAUSE[level] });
    for (const f of tree.functions) {
      expect(f.source).toEqual({ doc: '003', clause: `${CLAUSE[level]} / ${f.code} 职业功能` });
      for (const c of f.contents) {
        expect(c.source).toEqual({ doc: '003', clause: `${CLAUSE[level]} / ${c.code} 工作内容` });
        for (const s of c.skills) expect(s.source.clause).toBe(`${CLAUSE[level]} / ${s.code} 技能要求`);
        for (const k of c.knowledge) expect(k.source.clause).toBe(`${CLAUSE[level]} / ${k.code} 相关知识要求`);
      }
    }
  });

  it('gives every function at least one work content for each work type it applies to', () => {
    const appliesTo = (node: { workTypes?: WorkType[] }, t: WorkType) => !node.workTypes || node.workTypes.includes(t);
    const types = level === 1 ? [] : WORK_TYPES;
    for (const f of tree.functions) {
      for (const type of types.filter((t) => appliesTo(f, t))) {
        expect(
          f.contents.some((c) => appliesTo(c, type)),
          `${f.code} ${type}`,
        ).toBe(true);
      }
    }
  });

  it('narrows work types only downward and repeats them on every item of a one-type content', () => {
    for (const f of tree.functions) {
      for (const c of f.contents) {
        if (f.workTypes) expect(f.workTypes).toEqual(expect.arrayContaining(c.workTypes ?? f.workTypes));
        for (const item of [...c.skills, ...c.knowledge]) {
          expect(item.workTypes).toEqual(c.workTypes);
          expect(Object.hasOwn(item, 'workTypes')).toBe(c.workTypes !== undefined);
        }
      }
    }
  });
});
