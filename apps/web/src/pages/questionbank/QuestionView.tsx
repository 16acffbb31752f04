import { CheckCircleFilled } from '@ant-design/icons';
import type { Answer } from '@crossskill/contracts';
import { Descriptions, Flex, Tag, Typography } from 'antd';
import type { QuestionDraft, QuestionStatus } from '../../api/questionbank';
import { useStandardVersion } from '../../api/standards';
import { useI18n } from '../../i18n';
import { difficultyLabel, QUESTION_STATUS_LABELS, QUESTION_TYPE_LABELS, STATUS_COLORS, tagsLabel } from './qbUtil';
import { ServerHtml } from './ServerHtml';
import './qb.css';

export function StatusTag({ status }: { status: QuestionStatus }) {
  const { pick } = useI18n();
  return (
    <Tag color={STATUS_COLORS[status]} data-testid="qb-status-tag" data-status={status}>
      {pick(QUESTION_STATUS_LABELS[status])}
    </Tag>
  );
}

/** The standard tags as text ("四级/中级工 · 跨境电子商务师 · 2 …"), names looked up in the tagged version. */
export function TagsText({ tags }: { tags: QuestionDraft['tags'] }) {
  const { t } = useI18n();
  const version = useStandardVersion(tags?.standardVersionId);
  if (!tags) return <Typography.Text type="secondary">{t('qb.untagged')}</Typography.Text>;
  return <span data-testid="qb-tags-text">{tagsLabel(tags, version.data?.snapshot)}</span>;
}

function isCorrect(answer: Answer, key: string): boolean {
  if (answer.type === 'single') return answer.key === key;
  if (answer.type === 'multiple') return answer.keys.includes(key as (typeof answer.keys)[number]);
  return false;
}

function AnswerView({ answer }: { answer: Answer }) {
  const { t } = useI18n();
  switch (answer.type) {
    case 'single':
      return <>{answer.key}</>;
    case 'multiple':
      return <>{answer.keys.join('、')}</>;
    case 'true_false':
      return <>{answer.value ? t('qb.true') : t('qb.false')}</>;
    case 'fill_blank':
      return (
        <Flex vertical gap={2}>
          {answer.blanks.map((b, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: blanks are positional
            <span key={i}>
              {t('qb.blankN', { n: i + 1 })}：{b.accepted.join(' | ')}
            </span>
          ))}
          {answer.caseSensitive ? <Typography.Text type="secondary">{t('qb.caseSensitive')}</Typography.Text> : null}
        </Flex>
      );
    default:
      return (
        <Flex vertical gap={4}>
          {answer.reference ? (
            <Typography.Paragraph style={{ margin: 0 }}>{answer.reference}</Typography.Paragraph>
          ) : null}
          <ol style={{ margin: 0, paddingLeft: 20 }}>
            {answer.rubric.map((r, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: rubric rows are positional
              <li key={i}>
                {r.criterion}（{t('qb.pointsN', { n: r.points })}）
              </li>
            ))}
          </ol>
        </Flex>
      );
  }
}

/** A question (or a revision) read-only: everything rich comes from the server, so it renders as HTML. */
export function QuestionView({ q, testId = 'qb-question-view' }: { q: QuestionDraft; testId?: string }) {
  const { t, pick, lang } = useI18n();
  return (
    <div data-testid={testId}>
      <Flex gap={8} align="center" style={{ marginBottom: 8 }}>
        <Tag color="blue">{pick(QUESTION_TYPE_LABELS[q.type])}</Tag>
        <Typography.Text type="secondary">
          {t('qb.pointsN', { n: q.points })} · {difficultyLabel(q.difficulty, lang)}
        </Typography.Text>
      </Flex>
      <ServerHtml html={q.stem} testId="qb-view-stem" style={{ fontSize: 15, marginBottom: 8 }} />
      {q.options.length > 0 ? (
        <Flex vertical gap={4} style={{ marginBottom: 12 }}>
          {q.options.map((o) => (
            <Flex key={o.key} gap={8} align="baseline" data-testid={`qb-view-option-${o.key}`}>
              <strong>{o.key}.</strong>
              <ServerHtml html={o.content} inline />
              {isCorrect(q.answer, o.key) ? <CheckCircleFilled style={{ color: '#52c41a' }} /> : null}
            </Flex>
          ))}
        </Flex>
      ) : null}
      <Descriptions size="small" column={1} bordered>
        <Descriptions.Item label={t('qb.answer')}>
          <AnswerView answer={q.answer} />
        </Descriptions.Item>
        <Descriptions.Item label={t('qb.tags')}>
          <TagsText tags={q.tags} />
        </Descriptions.Item>
        {q.options.length > 0 ? (
          <Descriptions.Item label={t('qb.shuffle')}>{q.shuffleOptions ? t('qb.yes') : t('qb.no')}</Descriptions.Item>
        ) : null}
        <Descriptions.Item label={t('qb.source')}>{q.source ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('qb.explanation')}>
          <span style={{ whiteSpace: 'pre-wrap' }}>{q.explanation ?? '—'}</span>
        </Descriptions.Item>
      </Descriptions>
    </div>
  );
}
