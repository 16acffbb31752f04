import type { CandidateItem, CandidateResponse } from '@crossskill/contracts';
import { memo } from 'react';
import { Html } from './Html';
import { type MessageKey, t } from './i18n';
import type { AnswerState } from './logic/pending';
import { LETTERS, type Letter, setBlank, setText, toggleChoice } from './logic/sheet';

export interface ItemChange {
  response?: CandidateResponse | null;
  flagged?: boolean;
}

interface Props {
  item: CandidateItem;
  answer: AnswerState | undefined;
  disabled: boolean;
  onChange: (position: number, change: ItemChange) => void;
  /** Re-render when the language changes (the component is memoised). */
  lang: string;
}

function Choices({ item, answer, disabled, onChange }: Omit<Props, 'lang'>) {
  const multiple = item.type === 'multiple';
  const chosen = answer?.response && 'choices' in answer.response ? answer.response.choices : [];
  return (
    <div className="options" role={multiple ? 'group' : 'radiogroup'}>
      {item.options.map((opt, i) => {
        const letter = (LETTERS[i] ?? opt.key) as Letter;
        const checked = chosen.includes(letter);
        return (
          <label key={opt.key} className={checked ? 'option checked' : 'option'} data-testid={`option-${letter}`}>
            <input
              type={multiple ? 'checkbox' : 'radio'}
              name={`item-${item.position}`}
              value={letter}
              checked={checked}
              disabled={disabled}
              onChange={() => onChange(item.position, { response: toggleChoice(answer?.response, letter, multiple) })}
            />
            <span className="letter" aria-hidden="true">
              {letter}
            </span>
            <Html inline className="option-content" html={opt.content} />
          </label>
        );
      })}
    </div>
  );
}

function TrueFalse({ item, answer, disabled, onChange }: Omit<Props, 'lang'>) {
  const value = answer?.response && 'value' in answer.response ? answer.response.value : undefined;
  return (
    <div className="options options-row" role="radiogroup">
      {([true, false] as const).map((v) => (
        <label key={String(v)} className={value === v ? 'option checked' : 'option'} data-testid={`option-${v}`}>
          <input
            type="radio"
            name={`item-${item.position}`}
            checked={value === v}
            disabled={disabled}
            onChange={() => onChange(item.position, { response: { value: v } })}
          />
          <span>{v ? t('exam.true') : t('exam.false')}</span>
        </label>
      ))}
    </div>
  );
}

function Blanks({ item, answer, disabled, onChange }: Omit<Props, 'lang'>) {
  const count = Math.max(1, item.blanks ?? 1);
  const values = answer?.response && 'blanks' in answer.response ? answer.response.blanks : [];
  return (
    <div className="blanks">
      {Array.from({ length: count }, (_, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: blanks are identified by their index
        <label key={i} className="field">
          <span>{t('exam.blank', { n: i + 1 })}</span>
          <input
            value={values[i] ?? ''}
            maxLength={200}
            disabled={disabled}
            autoComplete="off"
            data-testid={`blank-${i + 1}`}
            onChange={(e) =>
              onChange(item.position, { response: setBlank(answer?.response, count, i, e.target.value) })
            }
          />
        </label>
      ))}
    </div>
  );
}

function FreeText({ item, answer, disabled, onChange }: Omit<Props, 'lang'>) {
  const text = answer?.response && 'text' in answer.response ? answer.response.text : '';
  return (
    <label className="field">
      <span className="sr-only">{t('exam.textPlaceholder')}</span>
      <textarea
        value={text}
        rows={item.type === 'case_analysis' ? 12 : 7}
        maxLength={20_000}
        disabled={disabled}
        placeholder={t('exam.textPlaceholder')}
        data-testid="answer-text"
        onChange={(e) => onChange(item.position, { response: setText(e.target.value) })}
      />
      <span className="muted small">{t('exam.chars', { n: text.length })}</span>
    </label>
  );
}

/** One item: heading (number, type, points, flag), the sanitised stem and the answer control for its type. */
export const ItemView = memo(function ItemView({ item, answer, disabled, onChange }: Props) {
  const flagged = answer?.flagged === true;
  const headingId = `item-${item.position}-title`;
  return (
    <article
      className="item"
      id={`item-${item.position}`}
      data-testid={`item-${item.position}`}
      aria-labelledby={headingId}
    >
      <div className="item-head">
        <h2 id={headingId} tabIndex={-1}>
          {t('exam.item', { n: item.position })}
          <span className="tag">{t(`type.${item.type}` as MessageKey)}</span>
          <span className="muted small">{t('exam.points', { n: item.points })}</span>
        </h2>
        <button
          type="button"
          className={flagged ? 'btn btn-flag on' : 'btn btn-flag'}
          aria-pressed={flagged}
          aria-label={t('exam.flagLabel')}
          disabled={disabled}
          data-testid="flag-toggle"
          onClick={() => onChange(item.position, { flagged: !flagged })}
        >
          {flagged ? `★ ${t('exam.flagged')}` : `☆ ${t('exam.flag')}`}
        </button>
      </div>
      <Html className="stem" html={item.stemHtml} />
      {item.type === 'single' || item.type === 'multiple' ? (
        <Choices item={item} answer={answer} disabled={disabled} onChange={onChange} />
      ) : item.type === 'true_false' ? (
        <TrueFalse item={item} answer={answer} disabled={disabled} onChange={onChange} />
      ) : item.type === 'fill_blank' ? (
        <Blanks item={item} answer={answer} disabled={disabled} onChange={onChange} />
      ) : (
        <FreeText item={item} answer={answer} disabled={disabled} onChange={onChange} />
      )}
    </article>
  );
});
