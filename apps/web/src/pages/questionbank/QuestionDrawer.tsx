import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { Answer, ApiErrorDetail } from '@crossskill/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Checkbox,
  Col,
  Drawer,
  Flex,
  Form,
  Input,
  InputNumber,
  Modal,
  Radio,
  Row,
  Select,
  Spin,
  Switch,
  Table,
  Tabs,
  Typography,
} from 'antd';
import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { ApiError } from '../../api/client';
import {
  createQuestion,
  type Question,
  type QuestionDraft,
  type QuestionRevision,
  type QuestionType,
  qbKeys,
  updateQuestion,
  useQuestion,
  useRevision,
  useRevisions,
} from '../../api/questionbank';
import { FormErrorAlert } from '../../components/FormErrorAlert';
import { QueryError } from '../../components/QueryError';
import { useI18n } from '../../i18n';
import { formatDateTime } from '../../lib/format';
import { applyServerErrors } from '../../lib/forms';
import { tid } from '../../lib/testid';
import { QuestionView, StatusTag } from './QuestionView';
import {
  CHOICE_TYPES,
  difficultyLabel,
  OPTION_KEYS,
  QUESTION_TYPE_LABELS,
  QUESTION_TYPES,
  SUBJECTIVE_TYPES,
} from './qbUtil';
import { RichTextEditor } from './RichTextEditor';
import { TagPicker } from './TagPicker';

const DistractorChart = lazy(() => import('./DistractorChart'));

interface AnswerValues {
  key?: string;
  keys?: string[];
  value?: boolean;
  blanks?: { accepted: string[] }[];
  caseSensitive?: boolean;
  reference?: string;
  rubric?: { criterion: string; points: number | null }[];
}
interface FormValues {
  type: QuestionType;
  stem: string;
  options: { content: string }[];
  answer: AnswerValues;
  points: number;
  difficulty: number;
  shuffleOptions: boolean;
  tags: QuestionDraft['tags'];
  source?: string;
  explanation?: string;
}

const emptyOptions = (n: number) => Array.from({ length: n }, () => ({ content: '' }));

function defaultsFor(type: QuestionType): Pick<FormValues, 'options' | 'answer'> {
  if (CHOICE_TYPES.includes(type)) return { options: emptyOptions(4), answer: type === 'single' ? {} : { keys: [] } };
  if (type === 'true_false') return { options: [], answer: { value: true } };
  if (type === 'fill_blank') return { options: [], answer: { blanks: [{ accepted: [] }], caseSensitive: false } };
  return { options: [], answer: { reference: '', rubric: [{ criterion: '', points: null }] } };
}

function toFormValues(q: QuestionDraft): FormValues {
  const a = q.answer;
  const answer: AnswerValues =
    a.type === 'single'
      ? { key: a.key }
      : a.type === 'multiple'
        ? { keys: a.keys }
        : a.type === 'true_false'
          ? { value: a.value }
          : a.type === 'fill_blank'
            ? { blanks: a.blanks, caseSensitive: a.caseSensitive }
            : { reference: a.reference ?? '', rubric: a.rubric };
  return {
    type: q.type,
    stem: q.stem,
    options: q.options.map((o) => ({ content: o.content })),
    answer,
    points: q.points,
    difficulty: q.difficulty,
    shuffleOptions: q.shuffleOptions,
    tags: q.tags,
    source: q.source ?? '',
    explanation: q.explanation ?? '',
  };
}

/** The form → a draft as the contracts define it (the server validates and sanitises it). */
function toDraft(v: FormValues): QuestionDraft {
  const a = v.answer ?? {};
  const choice = CHOICE_TYPES.includes(v.type);
  let answer: Answer;
  switch (v.type) {
    case 'single':
      answer = { type: 'single', key: (a.key ?? '') as 'A' };
      break;
    case 'multiple':
      answer = { type: 'multiple', keys: [...(a.keys ?? [])].sort() as 'A'[] };
      break;
    case 'true_false':
      answer = { type: 'true_false', value: a.value ?? true };
      break;
    case 'fill_blank':
      answer = {
        type: 'fill_blank',
        blanks: (a.blanks ?? []).map((b) => ({ accepted: (b.accepted ?? []).map((x) => x.trim()).filter(Boolean) })),
        caseSensitive: a.caseSensitive ?? false,
      };
      break;
    default:
      answer = {
        type: v.type,
        ...(a.reference?.trim() ? { reference: a.reference.trim() } : {}),
        rubric: (a.rubric ?? []).map((r) => ({ criterion: r.criterion?.trim() ?? '', points: r.points ?? 0 })),
      };
  }
  return {
    type: v.type,
    stem: v.stem ?? '',
    options: choice ? (v.options ?? []).map((o, i) => ({ key: OPTION_KEYS[i] ?? 'H', content: o.content ?? '' })) : [],
    answer,
    shuffleOptions: choice ? (v.shuffleOptions ?? true) : false,
    points: v.points,
    difficulty: v.difficulty,
    tags: v.tags ?? null,
    source: v.source?.trim() ? v.source.trim() : null,
    explanation: v.explanation?.trim() ? v.explanation : null,
  };
}

/** Server paths that no single input shows are moved to the input that explains them. */
function remapDetails(err: unknown): unknown {
  if (!(err instanceof ApiError)) return err;
  const details: ApiErrorDetail[] = err.details.map((d) => {
    const f = d.field.replace(/^body\.?/, '');
    if (f === 'answer' || f === 'answer.type') return { ...d, field: 'type' };
    if (f.startsWith('tags')) return { ...d, field: 'tags' };
    const accepted = /^answer\.blanks\.(\d+)\.accepted/.exec(f);
    if (accepted) return { ...d, field: `answer.blanks.${accepted[1]}.accepted` };
    return { ...d, field: f };
  });
  return new ApiError(err.status, err.code, err.message, details, err.requestId);
}

function ListErrors({ errors }: { errors: React.ReactNode[] }) {
  return errors.length ? <Form.ErrorList errors={errors} /> : null;
}

function QuestionForm({
  bankId,
  question,
  onSaved,
  onCancel,
}: {
  bankId: string;
  question: Question | null;
  onSaved: (q: Question) => void;
  onCancel: () => void;
}) {
  const { t, pick, lang } = useI18n();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [form] = Form.useForm<FormValues>();
  const [error, setError] = useState<string | null>(null);
  const type = Form.useWatch('type', form) ?? question?.type ?? 'single';
  const options = Form.useWatch('options', form) ?? [];
  const rubric = Form.useWatch(['answer', 'rubric'], form) ?? [];
  const points = Form.useWatch('points', form);
  const rubricSum = rubric.reduce((s, r) => s + (Number(r?.points) || 0), 0);
  const newRevision = question !== null && (question.status === 'active' || question.status === 'retired');

  const initial = useMemo<FormValues>(
    () =>
      question
        ? toFormValues(question)
        : {
            type: 'single',
            stem: '',
            ...defaultsFor('single'),
            points: 1,
            difficulty: 3,
            shuffleOptions: true,
            tags: null,
            source: '',
            explanation: '',
          },
    [question],
  );

  const save = useMutation({
    mutationFn: (v: FormValues) => {
      const draft = toDraft(v);
      return question ? updateQuestion(question.id, draft) : createQuestion(bankId, draft);
    },
    onSuccess: (q) => {
      setError(null);
      void message.success(
        question && q.revision !== question.revision ? t('qb.savedRevision', { n: q.revision }) : t('common.saved'),
      );
      qc.setQueryData(qbKeys.question(q.id), q);
      void qc.invalidateQueries({ queryKey: qbKeys.questions(bankId) });
      void qc.invalidateQueries({ queryKey: qbKeys.revisions(q.id) });
      void qc.invalidateQueries({ queryKey: qbKeys.banks });
      void qc.invalidateQueries({ queryKey: qbKeys.bank(bankId) });
      onSaved(q);
    },
    onError: (e) => setError(applyServerErrors(form, remapDetails(e))),
  });

  const onTypeChange = (next: QuestionType) => {
    const keepOptions = CHOICE_TYPES.includes(next) && (form.getFieldValue('options') ?? []).length >= 2;
    const d = defaultsFor(next);
    form.setFieldsValue({
      options: keepOptions ? form.getFieldValue('options') : d.options,
      answer: d.answer,
    });
  };

  const letters = options.map((_, i) => OPTION_KEYS[i] ?? '?');

  return (
    <Form<FormValues>
      form={form}
      layout="vertical"
      initialValues={initial}
      onFinish={(v) => save.mutate(v)}
      data-testid="qb-editor-form"
      scrollToFirstError
    >
      {newRevision ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('qb.newRevisionHint', { n: (question?.revision ?? 0) + 1 })}
          data-testid="qb-new-revision-hint"
        />
      ) : null}
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item name="type" label={t('qb.type')} rules={[{ required: true }]}>
            <Select
              options={QUESTION_TYPES.map((x) => ({ value: x, label: pick(QUESTION_TYPE_LABELS[x]) }))}
              onChange={onTypeChange}
              data-testid="qb-edit-type"
            />
          </Form.Item>
        </Col>
        <Col xs={12} md={8}>
          <Form.Item name="points" label={t('qb.points')} rules={[{ required: true, message: t('qb.pointsRequired') }]}>
            <InputNumber min={0.5} max={100} step={0.5} style={{ width: '100%' }} data-testid="qb-edit-points" />
          </Form.Item>
        </Col>
        <Col xs={12} md={8}>
          <Form.Item name="difficulty" label={t('qb.difficulty')} rules={[{ required: true }]}>
            <Select
              options={[1, 2, 3, 4, 5].map((d) => ({ value: d, label: difficultyLabel(d, lang) }))}
              data-testid="qb-edit-difficulty"
            />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        name="stem"
        label={t('qb.stem')}
        rules={[{ required: true, message: t('qb.stemRequired') }]}
        extra={type === 'fill_blank' ? t('qb.blankHint') : undefined}
      >
        <RichTextEditor placeholder={t('qb.stemPlaceholder')} testId="qb-edit-stem" />
      </Form.Item>

      {CHOICE_TYPES.includes(type) ? (
        <Form.List name="options">
          {(fields, { add, remove }, { errors }) => (
            <Form.Item label={t('qb.options')} required>
              <Flex vertical gap={8}>
                {fields.map((field, i) => (
                  <Flex key={field.key} gap={8} align="start" data-testid={`qb-edit-option-${OPTION_KEYS[i]}`}>
                    <strong style={{ width: 18, paddingTop: 8 }}>{OPTION_KEYS[i]}</strong>
                    <Form.Item
                      name={[field.name, 'content']}
                      style={{ flex: 1, marginBottom: 0 }}
                      rules={[{ required: true, message: t('qb.optionRequired') }]}
                    >
                      <RichTextEditor small testId={`qb-edit-option-${OPTION_KEYS[i]}-content`} />
                    </Form.Item>
                    <Button
                      icon={<DeleteOutlined />}
                      aria-label={t('qb.removeOption')}
                      disabled={fields.length <= 2}
                      onClick={() => remove(field.name)}
                      data-testid={`qb-edit-option-${OPTION_KEYS[i]}-remove`}
                    />
                  </Flex>
                ))}
                <Button
                  type="dashed"
                  icon={<PlusOutlined />}
                  disabled={fields.length >= OPTION_KEYS.length}
                  onClick={() => add({ content: '' })}
                  data-testid="qb-edit-add-option"
                >
                  {t('qb.addOption', { key: OPTION_KEYS[fields.length] ?? '' })}
                </Button>
                <ListErrors errors={errors} />
              </Flex>
            </Form.Item>
          )}
        </Form.List>
      ) : null}

      {type === 'single' ? (
        <Form.Item
          name={['answer', 'key']}
          label={t('qb.correctAnswer')}
          rules={[{ required: true, message: t('qb.answerRequired') }]}
        >
          <Radio.Group options={letters.map((k) => ({ value: k, label: k }))} data-testid="qb-edit-answer-single" />
        </Form.Item>
      ) : null}
      {type === 'multiple' ? (
        <Form.Item
          name={['answer', 'keys']}
          label={t('qb.correctAnswer')}
          rules={[{ required: true, type: 'array', min: 2, message: t('qb.answerMultiple') }]}
        >
          <Checkbox.Group
            options={letters.map((k) => ({ value: k, label: k }))}
            data-testid="qb-edit-answer-multiple"
          />
        </Form.Item>
      ) : null}
      {type === 'true_false' ? (
        <Form.Item name={['answer', 'value']} label={t('qb.correctAnswer')} rules={[{ required: true }]}>
          <Radio.Group
            options={[
              { value: true, label: t('qb.true') },
              { value: false, label: t('qb.false') },
            ]}
            data-testid="qb-edit-answer-tf"
          />
        </Form.Item>
      ) : null}
      {type === 'fill_blank' ? (
        <>
          <Form.List name={['answer', 'blanks']}>
            {(fields, { add, remove }, { errors }) => (
              <Form.Item label={t('qb.blanks')} required extra={t('qb.blanksHint')}>
                <Flex vertical gap={8}>
                  {fields.map((field, i) => (
                    <Flex key={field.key} gap={8} align="start">
                      <span style={{ width: 56, paddingTop: 5 }}>{t('qb.blankN', { n: i + 1 })}</span>
                      <Form.Item
                        name={[field.name, 'accepted']}
                        style={{ flex: 1, marginBottom: 0 }}
                        rules={[{ required: true, type: 'array', min: 1, message: t('qb.blankRequired') }]}
                      >
                        <Select
                          mode="tags"
                          open={false}
                          tokenSeparators={['|', '｜']}
                          placeholder={t('qb.blankPlaceholder')}
                          data-testid={`qb-edit-blank-${i}`}
                        />
                      </Form.Item>
                      <Button
                        icon={<DeleteOutlined />}
                        aria-label={t('qb.removeBlank')}
                        disabled={fields.length <= 1}
                        onClick={() => remove(field.name)}
                      />
                    </Flex>
                  ))}
                  <Button
                    type="dashed"
                    icon={<PlusOutlined />}
                    onClick={() => add({ accepted: [] })}
                    disabled={fields.length >= 20}
                  >
                    {t('qb.addBlank')}
                  </Button>
                  <ListErrors errors={errors} />
                </Flex>
              </Form.Item>
            )}
          </Form.List>
          <Form.Item name={['answer', 'caseSensitive']} label={t('qb.caseSensitive')} valuePropName="checked">
            <Switch />
          </Form.Item>
        </>
      ) : null}
      {SUBJECTIVE_TYPES.includes(type) ? (
        <>
          <Form.Item name={['answer', 'reference']} label={t('qb.reference')}>
            <Input.TextArea rows={3} data-testid="qb-edit-reference" />
          </Form.Item>
          <Form.List name={['answer', 'rubric']}>
            {(fields, { add, remove }, { errors }) => (
              <Form.Item
                label={t('qb.rubric')}
                required
                help={
                  rubricSum !== Number(points) ? (
                    <Typography.Text type="warning" data-testid="qb-rubric-sum">
                      {t('qb.rubricSum', { sum: rubricSum, points: points ?? 0 })}
                    </Typography.Text>
                  ) : undefined
                }
              >
                <Flex vertical gap={8}>
                  {fields.map((field) => (
                    <Flex key={field.key} gap={8} align="start">
                      <Form.Item
                        name={[field.name, 'criterion']}
                        style={{ flex: 1, marginBottom: 0 }}
                        rules={[{ required: true, whitespace: true, message: t('qb.criterionRequired') }]}
                      >
                        <Input placeholder={t('qb.criterion')} />
                      </Form.Item>
                      <Form.Item
                        name={[field.name, 'points']}
                        style={{ width: 110, marginBottom: 0 }}
                        rules={[{ required: true, message: t('qb.pointsRequired') }]}
                      >
                        <InputNumber min={0.5} step={0.5} placeholder={t('qb.points')} style={{ width: '100%' }} />
                      </Form.Item>
                      <Button
                        icon={<DeleteOutlined />}
                        aria-label={t('qb.removeCriterion')}
                        disabled={fields.length <= 1}
                        onClick={() => remove(field.name)}
                      />
                    </Flex>
                  ))}
                  <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ criterion: '', points: null })}>
                    {t('qb.addCriterion')}
                  </Button>
                  <ListErrors errors={errors} />
                </Flex>
              </Form.Item>
            )}
          </Form.List>
        </>
      ) : null}

      {CHOICE_TYPES.includes(type) ? (
        <Form.Item name="shuffleOptions" label={t('qb.shuffle')} valuePropName="checked">
          <Switch data-testid="qb-edit-shuffle" />
        </Form.Item>
      ) : null}
      <Form.Item name="tags" label={t('qb.tags')} extra={t('qb.tagsHint')}>
        <TagPicker testId="qb-edit-tags" />
      </Form.Item>
      <Form.Item name="source" label={t('qb.source')} rules={[{ max: 200 }]}>
        <Input data-testid="qb-edit-source" />
      </Form.Item>
      <Form.Item name="explanation" label={t('qb.explanation')}>
        <Input.TextArea rows={3} data-testid="qb-edit-explanation" />
      </Form.Item>
      <FormErrorAlert message={error} testId="qb-editor-error" />
      <Flex gap={8} justify="end">
        <Button onClick={onCancel}>{t('common.cancel')}</Button>
        <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="qb-editor-save">
          {newRevision ? t('qb.saveNewRevision') : t('common.save')}
        </Button>
      </Flex>
    </Form>
  );
}

function RevisionModal({ revisionId, onClose }: { revisionId: string; onClose: () => void }) {
  const { t } = useI18n();
  const rev = useRevision(revisionId);
  return (
    <Modal
      open
      width={760}
      title={rev.data ? t('qb.revisionN', { n: rev.data.revision }) : t('qb.revisions')}
      onCancel={onClose}
      footer={null}
      data-testid="qb-revision-modal"
    >
      {rev.isError ? <QueryError error={rev.error} /> : null}
      {rev.data ? <QuestionView q={rev.data} testId="qb-revision-view" /> : <Spin />}
    </Modal>
  );
}

function Revisions({ questionId }: { questionId: string }) {
  const { t, lang } = useI18n();
  const revisions = useRevisions(questionId);
  const [open, setOpen] = useState<string | null>(null);
  if (revisions.isError) return <QueryError error={revisions.error} onRetry={() => void revisions.refetch()} />;
  return (
    <>
      <Table<QuestionRevision>
        size="small"
        rowKey="id"
        loading={revisions.isPending}
        dataSource={revisions.data?.items ?? []}
        pagination={false}
        data-testid="qb-revisions-table"
        columns={[
          {
            title: t('qb.revision'),
            dataIndex: 'revision',
            width: 90,
            render: (n: number, r) => (
              <>
                {t('qb.revisionN', { n })} {r.current ? <Typography.Text type="success">✓</Typography.Text> : null}
              </>
            ),
          },
          {
            title: t('qb.revisionBy'),
            key: 'by',
            render: (_: unknown, r) => r.createdByName ?? (r.createdBy ? r.createdBy.slice(0, 8) : '—'),
          },
          {
            title: t('qb.revisionAt'),
            dataIndex: 'createdAt',
            render: (v: string) => formatDateTime(v, lang),
          },
          {
            title: t('common.actions'),
            key: 'a',
            width: 90,
            render: (_: unknown, r) => (
              <Button
                type="link"
                size="small"
                onClick={() => setOpen(r.id)}
                data-testid={`qb-revision-open-${r.revision}`}
              >
                {t('qb.view')}
              </Button>
            ),
          },
        ]}
      />
      {open ? <RevisionModal revisionId={open} onClose={() => setOpen(null)} /> : null}
    </>
  );
}

/**
 * The question drawer: create or edit (when the bank may be edited), the saved item as the server stored it,
 * its revisions and its item statistics.
 */
export function QuestionDrawer({
  bankId,
  questionId,
  canEdit,
  onClose,
  onCreated,
}: {
  bankId: string;
  /** null = a new question. */
  questionId: string | null;
  canEdit: boolean;
  onClose: () => void;
  onCreated: (q: Question) => void;
}) {
  const { t } = useI18n();
  const q = useQuestion(questionId);
  const [tab, setTab] = useState(canEdit ? 'edit' : 'view');
  useEffect(() => setTab(canEdit ? 'edit' : 'view'), [canEdit]);
  const question = questionId ? (q.data ?? null) : null;

  const title = questionId ? (
    <Flex gap={8} align="center">
      {canEdit ? t('qb.editQuestion') : t('qb.questionDetail')}
      {question ? <StatusTag status={question.status} /> : null}
      {question ? (
        <Typography.Text type="secondary" style={{ fontWeight: 'normal' }}>
          {t('qb.revisionN', { n: question.revision })}
        </Typography.Text>
      ) : null}
    </Flex>
  ) : (
    t('qb.newQuestion')
  );

  let body: React.ReactNode;
  if (questionId && q.isError) body = <QueryError error={q.error} onRetry={() => void q.refetch()} />;
  else if (questionId && !question) body = <Spin />;
  else if (!question) {
    body = (
      <QuestionForm
        bankId={bankId}
        question={null}
        onCancel={onClose}
        onSaved={(saved) => {
          onCreated(saved);
        }}
      />
    );
  } else {
    body = (
      <Tabs
        activeKey={tab}
        onChange={setTab}
        data-testid="qb-drawer-tabs"
        items={[
          ...(canEdit
            ? [
                {
                  key: 'edit',
                  label: <span data-testid="qb-tab-edit">{t('qb.tabEdit')}</span>,
                  children: (
                    <QuestionForm
                      key={`${question.id}-${question.revisionId}-${question.updatedAt}`}
                      bankId={bankId}
                      question={question}
                      onCancel={onClose}
                      onSaved={() => setTab('view')}
                    />
                  ),
                },
              ]
            : []),
          {
            key: 'view',
            label: <span data-testid="qb-tab-view">{t('qb.tabView')}</span>,
            children: <QuestionView q={question} />,
          },
          {
            key: 'revisions',
            label: <span data-testid="qb-tab-revisions">{t('qb.revisions')}</span>,
            children: <Revisions questionId={question.id} />,
          },
          {
            key: 'analysis',
            label: <span data-testid="qb-tab-analysis">{t('qb.itemStats')}</span>,
            children: (
              <Suspense fallback={<Spin />}>
                <DistractorChart questionId={question.id} />
              </Suspense>
            ),
          },
        ]}
      />
    );
  }

  return (
    <Drawer
      open
      size={820}
      title={title}
      onClose={onClose}
      destroyOnHidden
      data-testid="qb-drawer"
      closeIcon={<span {...tid('qb-drawer-close')}>✕</span>}
    >
      {body}
    </Drawer>
  );
}
