import type { CandidateItem } from '@crossskill/contracts';
import { t } from './i18n';
import type { AnswerMap } from './logic/pending';
import { sheetCells } from './logic/sheet';

/** 答题卡: one button per position (answered / flagged / current); a click jumps there. */
export function AnswerSheet({
  items,
  answers,
  current,
  onJump,
}: {
  items: readonly CandidateItem[];
  answers: AnswerMap;
  current: number;
  onJump: (position: number) => void;
}) {
  const cells = sheetCells(items, answers, current);
  const answered = cells.filter((c) => c.answered).length;
  return (
    <nav className="sheet" aria-label={t('exam.sheet')} data-testid="answer-sheet">
      <div className="sheet-head">
        <h2>{t('exam.sheet')}</h2>
        <span className="muted small" data-testid="sheet-summary">
          {t('exam.sheet.summary', { answered, total: cells.length })}
        </span>
      </div>
      <div className="sheet-grid">
        {cells.map((c) => {
          const state = [
            c.answered ? t('exam.sheet.answered') : t('exam.sheet.unanswered'),
            c.flagged ? t('exam.sheet.flagged') : null,
            c.current ? t('exam.sheet.current') : null,
          ]
            .filter(Boolean)
            .join('，');
          return (
            <button
              key={c.position}
              type="button"
              className={`cell${c.answered ? ' answered' : ''}${c.flagged ? ' flagged' : ''}${c.current ? ' current' : ''}`}
              aria-label={t('exam.sheet.cellLabel', { n: c.position, state })}
              aria-current={c.current ? 'step' : undefined}
              data-testid={`sheet-${c.position}`}
              data-answered={c.answered}
              data-flagged={c.flagged}
              onClick={() => onJump(c.position)}
            >
              {c.position}
            </button>
          );
        })}
      </div>
      <div className="legend muted small" aria-hidden="true">
        <span>
          <i className="cell-dot answered" />
          {t('exam.sheet.answered')}
        </span>
        <span>
          <i className="cell-dot" />
          {t('exam.sheet.unanswered')}
        </span>
        <span>
          <i className="cell-dot flagged" />
          {t('exam.sheet.flagged')}
        </span>
        <span>
          <i className="cell-dot current" />
          {t('exam.sheet.current')}
        </span>
      </div>
    </nav>
  );
}
