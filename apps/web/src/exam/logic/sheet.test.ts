import { describe, expect, it } from 'vitest';
import type { AnswerMap } from './pending';
import { isAnswered, neighbour, resumePosition, setBlank, setText, sheetCells, summarize, toggleChoice } from './sheet';

const items = [{ position: 1 }, { position: 2 }, { position: 3 }, { position: 4 }];

describe('isAnswered', () => {
  it('counts only real answers', () => {
    expect(isAnswered(null)).toBe(false);
    expect(isAnswered({ choices: [] })).toBe(false);
    expect(isAnswered({ choices: ['B'] })).toBe(true);
    expect(isAnswered({ value: false })).toBe(true);
    expect(isAnswered({ blanks: ['', '  '] })).toBe(false);
    expect(isAnswered({ blanks: ['', 'x'] })).toBe(true);
    expect(isAnswered({ text: '   ' })).toBe(false);
    expect(isAnswered({ text: '答' })).toBe(true);
  });
});

describe('answer sheet', () => {
  const answers: AnswerMap = {
    1: { response: { choices: ['A'] }, flagged: false, version: 1 },
    2: { response: null, flagged: true, version: 2 },
    3: { response: { value: true }, flagged: true, version: 1 },
  };

  it('marks each position answered / flagged / current', () => {
    expect(sheetCells(items, answers, 2)).toEqual([
      { position: 1, answered: true, flagged: false, current: false },
      { position: 2, answered: false, flagged: true, current: true },
      { position: 3, answered: true, flagged: true, current: false },
      { position: 4, answered: false, flagged: false, current: false },
    ]);
  });

  it('summarises counts and lists for the submit dialog', () => {
    expect(summarize(items, answers)).toEqual({
      total: 4,
      answered: 2,
      unanswered: 2,
      flagged: 2,
      unansweredPositions: [2, 4],
      flaggedPositions: [2, 3],
    });
  });
});

describe('response helpers', () => {
  it('single choice replaces, multiple choice toggles in letter order and empties to null', () => {
    expect(toggleChoice({ choices: ['A'] }, 'C', false)).toEqual({ choices: ['C'] });
    expect(toggleChoice({ choices: ['C'] }, 'A', true)).toEqual({ choices: ['A', 'C'] });
    expect(toggleChoice({ choices: ['A', 'C'] }, 'C', true)).toEqual({ choices: ['A'] });
    expect(toggleChoice({ choices: ['A'] }, 'A', true)).toBeNull();
  });

  it('fills one blank of several and empties to null', () => {
    expect(setBlank(null, 3, 1, 'x')).toEqual({ blanks: ['', 'x', ''] });
    expect(setBlank({ blanks: ['', 'x', ''] }, 3, 1, '')).toBeNull();
  });

  it('keeps free text as typed, empty → null', () => {
    expect(setText(' a ')).toEqual({ text: ' a ' });
    expect(setText('')).toBeNull();
  });
});

describe('navigation', () => {
  it('resumes at the saved cursor when it is on the paper, else at the first item', () => {
    expect(resumePosition(items, 3)).toBe(3);
    expect(resumePosition(items, 42)).toBe(1);
    expect(resumePosition(items, undefined)).toBe(1);
  });

  it('finds the previous and next item, null at the ends', () => {
    expect(neighbour(items, 1, -1)).toBeNull();
    expect(neighbour(items, 1, 1)).toBe(2);
    expect(neighbour(items, 4, 1)).toBeNull();
  });
});
