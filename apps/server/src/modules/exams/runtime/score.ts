import type { Answer, CandidateResponse, ExamPaperEntry } from '@crossskill/contracts';
import { bankKey } from '../assembly/index.js';

export type MultipleScoring = 'all_or_nothing' | 'partial';

/** Rounds to 2 decimals (points are numeric(7,2)), without 1.005-style float surprises. */
export const round2 = (x: number): number => Math.round((x + Number.EPSILON) * 100) / 100;

/** Fill-in answers compare as NFKC (full-width ≡ half-width), trimmed, and lower-cased unless case-sensitive. */
export function normaliseBlank(s: string, caseSensitive: boolean): string {
  const t = s.normalize('NFKC').trim();
  return caseSensitive ? t : t.toLowerCase();
}

/**
 * The points an objective item scores on this paper — pure, no I/O.
 *
 * `response` is in the letters the candidate saw; `entry.optionOrder` maps them back to the bank's keys.
 * single: the one key; multiple: `all_or_nothing` → full points only for exactly the key set, `partial` →
 * 0 when any wrong option is chosen, else points × chosen keys / all keys; true_false: the value;
 * fill_blank: per blank, any accepted variant (NFKC, trimmed, case-insensitive unless `caseSensitive`),
 * the points split equally over the blanks. No response (or one of the wrong shape) scores 0.
 * Subjective items (short_answer, case_analysis) return null: they are marked by people.
 */
export function scoreObjective(
  entry: ExamPaperEntry,
  answer: Answer,
  response: CandidateResponse | null,
  multipleScoring: MultipleScoring,
): number | null {
  if (answer.type === 'short_answer' || answer.type === 'case_analysis') return null;
  if (entry.type === 'short_answer' || entry.type === 'case_analysis') return null;
  const points = entry.points;
  if (!response) return 0;
  switch (answer.type) {
    case 'single': {
      if (!('choices' in response) || response.choices.length !== 1) return 0;
      return bankKey(entry.optionOrder, response.choices[0]!) === answer.key ? points : 0;
    }
    case 'multiple': {
      if (!('choices' in response) || response.choices.length === 0) return 0;
      const chosen = new Set(response.choices.map((c) => bankKey(entry.optionOrder, c)));
      const keys = new Set<string>(answer.keys);
      for (const c of chosen) if (c === undefined || !keys.has(c)) return 0;
      if (chosen.size === keys.size) return points;
      return multipleScoring === 'partial' ? round2((points * chosen.size) / keys.size) : 0;
    }
    case 'true_false':
      return 'value' in response && response.value === answer.value ? points : 0;
    case 'fill_blank': {
      if (!('blanks' in response)) return 0;
      const n = answer.blanks.length;
      let correct = 0;
      answer.blanks.forEach((blank, i) => {
        const given = response.blanks[i];
        if (given === undefined) return;
        const g = normaliseBlank(given, answer.caseSensitive);
        if (g !== '' && blank.accepted.some((a) => normaliseBlank(a, answer.caseSensitive) === g)) correct++;
      });
      return correct === n ? points : round2((points * correct) / n);
    }
  }
}

/** Whether a response counts as answered (the answer sheet's "answered" and the attempt's answered_count). */
export function isAnswered(response: CandidateResponse | null | undefined): boolean {
  if (!response) return false;
  if ('choices' in response) return response.choices.length > 0;
  if ('value' in response) return true;
  if ('blanks' in response) return response.blanks.some((b) => b.trim() !== '');
  return response.text.trim() !== '';
}
