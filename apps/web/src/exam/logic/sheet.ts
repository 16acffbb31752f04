import type { CandidateItem, CandidateResponse } from '@crossskill/contracts';
import type { AnswerMap } from './pending';

/** Answer-sheet state and response helpers (pure, unit-tested). */

export const LETTERS = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'] as const;
export type Letter = (typeof LETTERS)[number];

export function isAnswered(response: CandidateResponse | null | undefined): boolean {
  if (!response) return false;
  if ('choices' in response) return response.choices.length > 0;
  if ('value' in response) return typeof response.value === 'boolean';
  if ('blanks' in response) return response.blanks.some((b) => b.trim() !== '');
  return response.text.trim() !== '';
}

export interface SheetCell {
  position: number;
  answered: boolean;
  flagged: boolean;
  current: boolean;
}

export function sheetCells(
  items: readonly Pick<CandidateItem, 'position'>[],
  answers: AnswerMap,
  current: number,
): SheetCell[] {
  return items.map((item) => {
    const a = answers[item.position];
    return {
      position: item.position,
      answered: isAnswered(a?.response),
      flagged: a?.flagged === true,
      current: item.position === current,
    };
  });
}

export interface SheetSummary {
  total: number;
  answered: number;
  unanswered: number;
  flagged: number;
  /** Positions not answered, in order (for the submit dialog). */
  unansweredPositions: number[];
  flaggedPositions: number[];
}

export function summarize(items: readonly Pick<CandidateItem, 'position'>[], answers: AnswerMap): SheetSummary {
  const cells = sheetCells(items, answers, -1);
  const unansweredPositions = cells.filter((c) => !c.answered).map((c) => c.position);
  const flaggedPositions = cells.filter((c) => c.flagged).map((c) => c.position);
  return {
    total: cells.length,
    answered: cells.length - unansweredPositions.length,
    unanswered: unansweredPositions.length,
    flagged: flaggedPositions.length,
    unansweredPositions,
    flaggedPositions,
  };
}

/** Single choice: the picked letter. Multiple choice: toggles the letter, kept in A…H order; none left → null. */
export function toggleChoice(
  response: CandidateResponse | null | undefined,
  letter: Letter,
  multiple: boolean,
): CandidateResponse | null {
  if (!multiple) return { choices: [letter] };
  const current = response && 'choices' in response ? response.choices : [];
  const next = current.includes(letter) ? current.filter((c) => c !== letter) : [...current, letter];
  if (next.length === 0) return null;
  return { choices: LETTERS.filter((l) => next.includes(l)) };
}

/** Fill-in-the-blank: sets blank `index` of `count`; all empty → null. */
export function setBlank(
  response: CandidateResponse | null | undefined,
  count: number,
  index: number,
  value: string,
): CandidateResponse | null {
  const current = response && 'blanks' in response ? response.blanks : [];
  const blanks = Array.from({ length: count }, (_, i) => (i === index ? value : (current[i] ?? '')));
  return blanks.some((b) => b !== '') ? { blanks } : null;
}

/** Free text; empty → null (whitespace is kept while the candidate types). */
export function setText(value: string): CandidateResponse | null {
  return value === '' ? null : { text: value };
}

/** Where to continue: the saved cursor if it is on the paper, otherwise the first item. */
export function resumePosition(items: readonly Pick<CandidateItem, 'position'>[], cursor: number | undefined): number {
  if (cursor !== undefined && items.some((i) => i.position === cursor)) return cursor;
  return items[0]?.position ?? 1;
}

/** The neighbour of `position` in paper order (delta −1 / +1), or null at either end. */
export function neighbour(
  items: readonly Pick<CandidateItem, 'position'>[],
  position: number,
  delta: -1 | 1,
): number | null {
  const i = items.findIndex((it) => it.position === position);
  if (i < 0) return null;
  return items[i + delta]?.position ?? null;
}
