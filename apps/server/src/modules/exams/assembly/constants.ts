import type { QuestionType } from '@crossskill/contracts';

export type Difficulty = 1 | 2 | 3 | 4 | 5;
export const DIFFICULTIES: readonly Difficulty[] = [1, 2, 3, 4, 5];

/** Type sections in the conventional order of a Chinese theory paper: 判断 / 单选 / 多选 / 填空 / 简答 / 案例. */
export const SECTION_ORDER: readonly QuestionType[] = [
  'true_false',
  'single',
  'multiple',
  'fill_blank',
  'short_answer',
  'case_analysis',
];
