import { describe, expect, it } from 'vitest';
import type { OccupationalFunction, WorkType } from '../../types.js';
import { WORK_REQUIREMENTS } from '../tree/index.js';
import { WEIGHT_COLUMNS, weightTable } from './weights.js';

/** Items of the theory table that are 基本要求, not occupational functions. */
const BASIC_ITEMS = new Set(['职业道德', '基础知识']);

const appliesTo = (f: OccupationalFunction, workType: WorkType | undefined) =>
  workType === undefined || f.workTypes === undefined || f.workTypes.includes(workType);

describe('weight tables agree with the work-requirement tree (003 §3 vs §4)', () => {
  for (const { level, workType } of WEIGHT_COLUMNS) {
    const label = `level ${level}${workType ? ` ${workType}` : ''}`;
    const functions = () => WORK_REQUIREMENTS[level].functions.filter((f) => appliesTo(f, workType));

    it(`${label}: every weighted item is an occupational function of the tree`, () => {
      const names = functions().map((f) => f.name);
      for (const kind of ['theory', 'skill'] as const) {
        for (const { item } of weightTable(kind, level, workType)) {
          if (kind === 'theory' && BASIC_ITEMS.has(item)) continue;
          expect(names, `${kind} ${label}: ${item}`).toContain(item);
        }
      }
    });

    it(`${label}: every occupational function of the tree is weighted in both tables`, () => {
      const names = functions().map((f) => f.name);
      expect(names.length, `tree of ${label} is empty`).toBeGreaterThan(0);
      for (const kind of ['theory', 'skill'] as const) {
        const items = weightTable(kind, level, workType).map((i) => i.item);
        for (const name of names) expect(items, `${kind} ${label}: ${name}`).toContain(name);
      }
    });
  }
});
