import type { Level, LevelRequirements } from '../../types.js';
import { LEVEL_1 } from './level1.js';
import { LEVEL_2 } from './level2.js';
import { LEVEL_3 } from './level3.js';
import { LEVEL_4 } from './level4.js';
import { LEVEL_5 } from './level5.js';

/** 003 §3 工作要求: the work-requirement tree of every level. */
export const WORK_REQUIREMENTS: Readonly<Record<Level, LevelRequirements>> = {
  1: LEVEL_1,
  2: LEVEL_2,
  3: LEVEL_3,
  4: LEVEL_4,
  5: LEVEL_5,
};
