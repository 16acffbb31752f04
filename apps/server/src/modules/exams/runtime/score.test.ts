import type { Answer, ExamPaperEntry } from '@crossskill/contracts';
import { describe, expect, it } from 'vitest';
import { isAnswered, normaliseBlank, round2, scoreObjective } from './score.js';

const entry = (type: ExamPaperEntry['type'], points: number, optionOrder: string[] = []): ExamPaperEntry => ({
  position: 1,
  questionId: '00000000-0000-4000-8000-000000000001',
  revisionId: '00000000-0000-4000-8000-000000000002',
  type,
  points,
  row: 0,
  rowItem: '职业道德',
  difficulty: 3,
  optionOrder,
});

describe('scoreObjective — single choice', () => {
  const answer: Answer = { type: 'single', key: 'C' };
  it('scores the item’s paper points when the shown letter maps to the key (options not shuffled)', () => {
    expect(scoreObjective(entry('single', 1, ['A', 'B', 'C', 'D']), answer, { choices: ['C'] }, 'partial')).toBe(1);
  });
  it('maps shuffled letters to bank keys: the key C shown as A is right, the letter C is wrong', () => {
    const e = entry('single', 2, ['C', 'A', 'D', 'B']);
    expect(scoreObjective(e, answer, { choices: ['A'] }, 'all_or_nothing')).toBe(2);
    expect(scoreObjective(e, answer, { choices: ['C'] }, 'all_or_nothing')).toBe(0);
  });
  it('scores 0 for no response, an empty choice, two choices, a letter beyond the options or a wrong shape', () => {
    const e = entry('single', 1, ['A', 'B', 'C', 'D']);
    expect(scoreObjective(e, answer, null, 'partial')).toBe(0);
    expect(scoreObjective(e, answer, { choices: [] }, 'partial')).toBe(0);
    expect(scoreObjective(e, answer, { choices: ['C', 'A'] }, 'partial')).toBe(0);
    expect(scoreObjective(e, answer, { choices: ['H'] }, 'partial')).toBe(0);
    expect(scoreObjective(e, answer, { value: true }, 'partial')).toBe(0);
  });
});

describe('scoreObjective — multiple choice', () => {
  const answer: Answer = { type: 'multiple', keys: ['A', 'C', 'D'] };
  const plain = entry('multiple', 3, ['A', 'B', 'C', 'D', 'E']);
  it('all_or_nothing: full points only for exactly the key set (in any order), else 0', () => {
    expect(scoreObjective(plain, answer, { choices: ['D', 'A', 'C'] }, 'all_or_nothing')).toBe(3);
    expect(scoreObjective(plain, answer, { choices: ['A', 'C'] }, 'all_or_nothing')).toBe(0);
    expect(scoreObjective(plain, answer, { choices: ['A', 'B', 'C', 'D'] }, 'all_or_nothing')).toBe(0);
  });
  it('partial: points × chosen/keys when every choice is a key, rounded to 2 decimals', () => {
    expect(scoreObjective(plain, answer, { choices: ['A', 'C', 'D'] }, 'partial')).toBe(3);
    expect(scoreObjective(plain, answer, { choices: ['A', 'C'] }, 'partial')).toBe(2);
    expect(scoreObjective(entry('multiple', 2, ['A', 'B', 'C', 'D', 'E']), answer, { choices: ['A'] }, 'partial')).toBe(
      0.67,
    );
  });
  it('partial: any wrong option chosen scores 0, even with every key chosen too', () => {
    expect(scoreObjective(plain, answer, { choices: ['A', 'B'] }, 'partial')).toBe(0);
    expect(scoreObjective(plain, answer, { choices: ['A', 'B', 'C', 'D'] }, 'partial')).toBe(0);
    expect(scoreObjective(plain, answer, { choices: ['A', 'H'] }, 'partial')).toBe(0);
  });
  it('counts a letter chosen twice once', () => {
    expect(scoreObjective(plain, answer, { choices: ['A', 'A', 'C', 'D'] }, 'all_or_nothing')).toBe(3);
  });
  it('maps shuffled letters to bank keys before comparing', () => {
    // Shown A,B,C,D,E = bank E,D,C,B,A: the keys A,C,D are shown as E,C,B.
    const shuffled = entry('multiple', 3, ['E', 'D', 'C', 'B', 'A']);
    expect(scoreObjective(shuffled, answer, { choices: ['E', 'C', 'B'] }, 'all_or_nothing')).toBe(3);
    expect(scoreObjective(shuffled, answer, { choices: ['A', 'C', 'D'] }, 'all_or_nothing')).toBe(0);
    expect(scoreObjective(shuffled, answer, { choices: ['E', 'B'] }, 'partial')).toBe(2);
    expect(scoreObjective(shuffled, answer, { choices: ['E', 'A'] }, 'partial')).toBe(0);
  });
  it('scores an empty or missing response 0', () => {
    expect(scoreObjective(plain, answer, { choices: [] }, 'partial')).toBe(0);
    expect(scoreObjective(plain, answer, null, 'partial')).toBe(0);
    expect(scoreObjective(plain, answer, { text: 'A C D' }, 'partial')).toBe(0);
  });
});

describe('scoreObjective — true/false', () => {
  it('scores the matching value, 0 otherwise', () => {
    const e = entry('true_false', 0.5);
    expect(scoreObjective(e, { type: 'true_false', value: false }, { value: false }, 'partial')).toBe(0.5);
    expect(scoreObjective(e, { type: 'true_false', value: false }, { value: true }, 'partial')).toBe(0);
    expect(scoreObjective(e, { type: 'true_false', value: true }, null, 'partial')).toBe(0);
    expect(scoreObjective(e, { type: 'true_false', value: true }, { choices: ['A'] }, 'partial')).toBe(0);
  });
});

describe('scoreObjective — fill in the blanks', () => {
  const answer: Answer = {
    type: 'fill_blank',
    blanks: [{ accepted: ['FBA', '亚马逊物流'] }, { accepted: ['海外仓'] }, { accepted: ['HS编码', 'HS code'] }],
    caseSensitive: false,
  };
  const e = entry('fill_blank', 3);
  it('accepts any variant per blank and scores every blank right as the full points', () => {
    expect(scoreObjective(e, answer, { blanks: ['亚马逊物流', '海外仓', 'HS code'] }, 'partial')).toBe(3);
  });
  it('splits the points equally over the blanks (rounded to 2 decimals)', () => {
    expect(scoreObjective(e, answer, { blanks: ['FBA', '保税仓', 'HS编码'] }, 'all_or_nothing')).toBe(2);
    expect(scoreObjective(entry('fill_blank', 2), answer, { blanks: ['FBA', '', ''] }, 'partial')).toBe(0.67);
    expect(scoreObjective(e, answer, { blanks: ['x', 'y', 'z'] }, 'partial')).toBe(0);
  });
  it('is case-insensitive by default, trims, and treats full-width as half-width (NFKC)', () => {
    expect(scoreObjective(e, answer, { blanks: ['  fba ', '海外仓　', 'ｈｓ编码'] }, 'partial')).toBe(3);
    expect(scoreObjective(e, answer, { blanks: ['ＦＢＡ', '海外仓', 'hs　code'] }, 'partial')).toBe(3);
  });
  it('respects caseSensitive (full-width still equals half-width)', () => {
    const cs: Answer = { ...answer, caseSensitive: true } as Answer;
    expect(scoreObjective(e, cs, { blanks: ['fba', '海外仓', 'hs code'] }, 'partial')).toBe(1);
    expect(scoreObjective(e, cs, { blanks: ['ＦＢＡ', '海外仓', 'HS code'] }, 'partial')).toBe(3);
  });
  it('scores missing blanks 0, ignores extra ones, and an empty blank never matches', () => {
    expect(scoreObjective(e, answer, { blanks: ['FBA'] }, 'partial')).toBe(1);
    expect(scoreObjective(e, answer, { blanks: ['FBA', '海外仓', 'HS code', 'extra'] }, 'partial')).toBe(3);
    expect(scoreObjective(e, answer, { blanks: [] }, 'partial')).toBe(0);
    expect(scoreObjective(e, answer, null, 'partial')).toBe(0);
  });
});

describe('scoreObjective — subjective items', () => {
  it('returns null (marked by people) for short answer and case analysis, answered or not', () => {
    const rubric: Answer = { type: 'short_answer', rubric: [{ criterion: '要点', points: 5 }] };
    expect(scoreObjective(entry('short_answer', 5), rubric, { text: '答案' }, 'partial')).toBeNull();
    expect(
      scoreObjective(entry('case_analysis', 10), { ...rubric, type: 'case_analysis' } as Answer, null, 'partial'),
    ).toBeNull();
  });
});

describe('helpers', () => {
  it('round2 rounds half up at 2 decimals', () => {
    expect(round2(1.005)).toBe(1.01);
    expect(round2(2 / 3)).toBe(0.67);
    expect(round2(1 / 3)).toBe(0.33);
  });
  it('normaliseBlank folds full-width, trims and lower-cases', () => {
    expect(normaliseBlank('　ＡＢＣ１２３ ', false)).toBe('abc123');
    expect(normaliseBlank('ＡＢＣ', true)).toBe('ABC');
  });
  it('isAnswered: choices, any true/false value, a non-blank blank or text', () => {
    expect(isAnswered(null)).toBe(false);
    expect(isAnswered({ choices: [] })).toBe(false);
    expect(isAnswered({ choices: ['A'] })).toBe(true);
    expect(isAnswered({ value: false })).toBe(true);
    expect(isAnswered({ blanks: ['', ' '] })).toBe(false);
    expect(isAnswered({ blanks: ['', 'x'] })).toBe(true);
    expect(isAnswered({ text: '  ' })).toBe(false);
    expect(isAnswered({ text: '答' })).toBe(true);
  });
});
