/**
 * How the sample bank's items are written: one call per item, the correct option(s) first. The bank's option
 * order is derived from the item's position (the correct letter varies from item to item; papers shuffle
 * options again when they are drawn), so explanations never name option letters.
 */

export type Difficulty = 1 | 2 | 3 | 4 | 5;
/** A level-4 相关知识要求 code (e.g. '4.6.2' → L4/F4/C4.6/K4.6.2), or a 基本要求 row: '职业道德', '基础知识'. */
export type Tag = string;

interface Common {
  tag: Tag;
  difficulty: Difficulty;
  stem: string;
  explanation: string;
}

export type SampleItem =
  | (Common & { type: 'true_false'; answer: boolean })
  | (Common & { type: 'single'; correct: string; wrong: string[] })
  | (Common & { type: 'multiple'; correct: string[]; wrong: string[] })
  | (Common & { type: 'fill_blank'; blanks: string[][] })
  | (Common & { type: 'short_answer'; reference: string; rubric: { criterion: string; points: number }[] });

export const tf = (
  tag: Tag,
  difficulty: Difficulty,
  stem: string,
  answer: boolean,
  explanation: string,
): SampleItem => ({
  type: 'true_false',
  tag,
  difficulty,
  stem,
  answer,
  explanation,
});

/** A single-choice item: the correct option first, then the distractors. */
export const single = (
  tag: Tag,
  difficulty: Difficulty,
  stem: string,
  options: [string, ...string[]],
  explanation: string,
): SampleItem => ({
  type: 'single',
  tag,
  difficulty,
  stem,
  correct: options[0],
  wrong: options.slice(1),
  explanation,
});

/** A multiple-choice item: the correct options (≥ 2), then the distractors. */
export const multiple = (
  tag: Tag,
  difficulty: Difficulty,
  stem: string,
  correct: string[],
  wrong: string[],
  explanation: string,
): SampleItem => ({ type: 'multiple', tag, difficulty, stem, correct, wrong, explanation });

/** A fill-in item: per blank, the accepted answers. */
export const fill = (
  tag: Tag,
  difficulty: Difficulty,
  stem: string,
  blanks: string[][],
  explanation: string,
): SampleItem => ({ type: 'fill_blank', tag, difficulty, stem, blanks, explanation });

/** A short-answer item: a reference answer and the marking points (their sum is the item's points). */
export const short = (
  tag: Tag,
  difficulty: Difficulty,
  stem: string,
  reference: string,
  rubric: { criterion: string; points: number }[],
  explanation: string,
): SampleItem => ({ type: 'short_answer', tag, difficulty, stem, reference, rubric, explanation });
