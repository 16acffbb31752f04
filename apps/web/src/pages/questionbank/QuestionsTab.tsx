import {
  CheckCircleOutlined,
  CloudUploadOutlined,
  DownloadOutlined,
  ExportOutlined,
  PlusOutlined,
  ReloadOutlined,
  TagsOutlined,
} from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  App,
  Button,
  Card,
  Checkbox,
  Flex,
  Input,
  Modal,
  Popconfirm,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useMemo, useState } from 'react';
import { ApiError, errorMessage } from '../../api/client';
import {
  activateAllTaggedDrafts,
  bulkStatus,
  bulkTag,
  changeStatus,
  downloadTemplate,
  exportBank,
  type Question,
  type QuestionFilters,
  type QuestionStatus,
  type QuestionTags,
  type QuestionType,
  qbKeys,
  useQuestions,
} from '../../api/questionbank';
import { useStandardVersion, useStandardVersions } from '../../api/standards';
import { QueryError } from '../../components/QueryError';
import { useI18n } from '../../i18n';
import { formatDateTime } from '../../lib/format';
import { settle, tid } from '../../lib/testid';
import { defaultVersion, LEVELS, WORK_TYPES, type WorkType } from '../standards/standardsUtil';
import { ImportModal } from './ImportModal';
import { StatusTag, TagsText } from './QuestionView';
import {
  difficultyLabel,
  functionChoices,
  QUESTION_STATUS_LABELS,
  QUESTION_STATUSES,
  QUESTION_TYPE_LABELS,
  QUESTION_TYPES,
  STATUS_ACTIONS,
  type StatusActionKey,
} from './qbUtil';
import { htmlToText } from './ServerHtml';
import { TagPicker } from './TagPicker';

function BulkTagModal({ bankId, ids, onClose }: { bankId: string; ids: string[]; onClose: (done: boolean) => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [tags, setTags] = useState<QuestionTags | null>(null);
  const run = useMutation({
    mutationFn: () => bulkTag(bankId, ids, tags as QuestionTags),
    onSuccess: (r) => {
      void message.success(t('qb.bulkTagged', { n: r.updated, revisions: r.newRevisions }));
      void qc.invalidateQueries({ queryKey: qbKeys.questions(bankId) });
      void qc.invalidateQueries({ queryKey: qbKeys.bank(bankId) });
      onClose(true);
    },
    onError: (e) => void message.error(errorMessage(e)),
  });
  return (
    <Modal
      open
      width={720}
      title={t('qb.bulkTagTitle', { n: ids.length })}
      onCancel={() => onClose(false)}
      onOk={() => run.mutate()}
      okButtonProps={{ disabled: !tags, ...tid('qb-bulk-tag-ok') }}
      confirmLoading={run.isPending}
      data-testid="qb-bulk-tag-modal"
    >
      <Typography.Paragraph type="secondary">{t('qb.bulkTagHint')}</Typography.Paragraph>
      <TagPicker value={tags} onChange={setTags} testId="qb-bulk-tags" allowClear />
      {tags ? (
        <Typography.Paragraph style={{ marginTop: 12 }} data-testid="qb-bulk-tag-preview">
          <TagsText tags={tags} />
        </Typography.Paragraph>
      ) : null}
    </Modal>
  );
}

const ACTION_I18N: Record<StatusActionKey, 'qb.act.submit' | 'qb.act.activate' | 'qb.act.sendBack' | 'qb.act.retire'> =
  {
    submit: 'qb.act.submit',
    activate: 'qb.act.activate',
    sendBack: 'qb.act.sendBack',
    retire: 'qb.act.retire',
  };

type BulkTarget = 'in_review' | 'active' | 'retired';
const BULK_ACTIONS: {
  to: BulkTarget;
  label: 'qb.bs.submit' | 'qb.bs.activate' | 'qb.bs.retire';
  confirm: 'qb.bs.confirmSubmit' | 'qb.bs.confirmActivate' | 'qb.bs.confirmRetire';
}[] = [
  { to: 'in_review', label: 'qb.bs.submit', confirm: 'qb.bs.confirmSubmit' },
  { to: 'active', label: 'qb.bs.activate', confirm: 'qb.bs.confirmActivate' },
  { to: 'retired', label: 'qb.bs.retire', confirm: 'qb.bs.confirmRetire' },
];

/** The items a refused bulk request names (details `questions.<id>`, message = the start of the stem). */
function refusedItems(e: unknown): string[] {
  if (!(e instanceof ApiError)) return [];
  return e.details.filter((d) => d.field.startsWith('questions.')).map((d) => d.message);
}

/** 题目: search, filters, status actions, bulk tagging and status, import and export. */
export default function QuestionsTab({
  bankId,
  bankName,
  canEdit,
  onOpen,
  onNew,
}: {
  bankId: string;
  bankName: string;
  canEdit: boolean;
  onOpen: (questionId: string) => void;
  onNew: () => void;
}) {
  const { t, pick, lang } = useI18n();
  const { message, modal } = App.useApp();
  const qc = useQueryClient();
  const [filters, setFilters] = useState<QuestionFilters>({});
  const [qInput, setQInput] = useState('');
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const [selected, setSelected] = useState<string[]>([]);
  const [bulkOpen, setBulkOpen] = useState(false);
  const [importOpen, setImportOpen] = useState(false);
  const list = useQuestions(bankId, filters, page, pageSize);
  const versions = useStandardVersions();
  const version = useStandardVersion(defaultVersion(versions.data?.items ?? [])?.id);
  const fnChoices = useMemo(
    () => functionChoices(version.data?.snapshot, filters.level, filters.workType as WorkType | undefined),
    [version.data, filters.level, filters.workType],
  );

  const setFilter = (patch: Partial<QuestionFilters>) => {
    setFilters((f) => {
      const next = { ...f, ...patch };
      for (const k of Object.keys(next) as (keyof QuestionFilters)[]) {
        if (next[k] === undefined || next[k] === '' || next[k] === false) delete next[k];
      }
      return next;
    });
    setPage(1);
  };

  const status = useMutation({
    mutationFn: ({ q, to }: { q: Question; to: QuestionStatus }) => changeStatus(q.id, to),
    onSuccess: (q) => {
      void message.success(t('qb.statusChanged', { status: pick(QUESTION_STATUS_LABELS[q.status]) }));
      qc.setQueryData(qbKeys.question(q.id), q);
      void qc.invalidateQueries({ queryKey: qbKeys.questions(bankId) });
      void qc.invalidateQueries({ queryKey: qbKeys.revisions(q.id) });
    },
    onError: (e) => void message.error(errorMessage(e)),
  });

  const afterBulk = () => {
    void qc.invalidateQueries({ queryKey: qbKeys.questions(bankId) });
    void qc.invalidateQueries({ queryKey: qbKeys.bank(bankId) });
    void qc.invalidateQueries({ queryKey: ['qb', 'question'] });
  };
  const bulkError = (e: unknown) => {
    const items = refusedItems(e);
    if (items.length === 0) {
      void message.error(errorMessage(e));
      return;
    }
    modal.error({
      title: errorMessage(e),
      width: 640,
      content: (
        <ul data-testid="qb-bulk-status-refused" style={{ paddingLeft: 20, maxHeight: 300, overflow: 'auto' }}>
          {items.slice(0, 50).map((text, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the list is static once shown
            <li key={i}>{text}</li>
          ))}
          {items.length > 50 ? <li>{t('qb.bs.more', { n: items.length - 50 })}</li> : null}
        </ul>
      ),
    });
  };
  const bulkResult = (text: string) => <span data-testid="qb-bulk-status-result">{text}</span>;
  const bulk = useMutation({
    mutationFn: (to: BulkTarget) => bulkStatus(bankId, { questionIds: selected, to }),
    onSuccess: (r, to) => {
      void message.success(
        bulkResult(
          t(r.unchanged ? 'qb.bs.doneUnchanged' : 'qb.bs.done', {
            n: r.updated,
            unchanged: r.unchanged,
            status: pick(QUESTION_STATUS_LABELS[to]),
          }),
        ),
      );
      setSelected([]);
      afterBulk();
    },
    onError: bulkError,
  });
  const activateAll = useMutation({
    mutationFn: () => activateAllTaggedDrafts(bankId),
    onSuccess: (r) => {
      if (r.activated === 0) void message.info(bulkResult(t('qb.bs.noTaggedDrafts')));
      else void message.success(bulkResult(t('qb.bs.activatedAll', { n: r.activated })));
      afterBulk();
    },
    onError: (e) => {
      bulkError(e);
      afterBulk();
    },
  });

  const doExport = async (format: 'xlsx' | 'qti') => {
    try {
      await exportBank(bankId, format, `${bankName}.${format === 'xlsx' ? 'xlsx' : 'zip'}`);
    } catch (e) {
      void message.error(errorMessage(e));
    }
  };

  return (
    <Card size="small" data-testid="qb-questions">
      <Flex gap={8} wrap style={{ marginBottom: 12 }}>
        <Input.Search
          allowClear
          style={{ width: 260 }}
          placeholder={t('qb.searchPlaceholder')}
          value={qInput}
          onChange={(e) => setQInput(e.target.value)}
          onSearch={(v) => setFilter({ q: v.trim() || undefined })}
          data-testid="qb-search"
        />
        <Select<QuestionType>
          allowClear
          style={{ width: 130 }}
          placeholder={t('qb.type')}
          value={filters.type}
          options={QUESTION_TYPES.map((x) => ({ value: x, label: pick(QUESTION_TYPE_LABELS[x]) }))}
          onChange={(v) => setFilter({ type: v })}
          data-testid="qb-filter-type"
        />
        <Select<QuestionStatus>
          allowClear
          style={{ width: 120 }}
          placeholder={t('qb.status')}
          value={filters.status}
          options={QUESTION_STATUSES.map((x) => ({ value: x, label: pick(QUESTION_STATUS_LABELS[x]) }))}
          onChange={(v) => setFilter({ status: v })}
          data-testid="qb-filter-status"
        />
        <Select<number>
          allowClear
          style={{ width: 130 }}
          placeholder={t('qb.difficulty')}
          value={filters.difficulty}
          options={[1, 2, 3, 4, 5].map((d) => ({ value: d, label: difficultyLabel(d, lang) }))}
          onChange={(v) => setFilter({ difficulty: v })}
          data-testid="qb-filter-difficulty"
        />
        <Select<number>
          allowClear
          style={{ width: 140 }}
          placeholder={t('qb.level')}
          value={filters.level}
          disabled={filters.untagged}
          options={LEVELS.map((l) => ({
            value: l,
            label: version.data?.snapshot.levels.find((x) => x.level === l)?.name ?? `L${l}`,
          }))}
          onChange={(v) => setFilter({ level: v, functionId: undefined })}
          data-testid="qb-filter-level"
        />
        <Select<string>
          allowClear
          style={{ width: 150 }}
          placeholder={t('qb.workType')}
          value={filters.workType}
          disabled={filters.untagged}
          options={WORK_TYPES.map((w) => ({ value: w, label: w }))}
          onChange={(v) => setFilter({ workType: v, functionId: undefined })}
          data-testid="qb-filter-worktype"
        />
        <Select<string>
          allowClear
          style={{ width: 220 }}
          placeholder={filters.level ? t('qb.function') : t('qb.functionPickLevel')}
          value={filters.functionId}
          disabled={!filters.level || filters.untagged}
          options={fnChoices}
          onChange={(v) => setFilter({ functionId: v })}
          data-testid="qb-filter-function"
        />
        <Checkbox
          checked={filters.untagged ?? false}
          onChange={(e) =>
            setFilter(
              e.target.checked
                ? { untagged: true, level: undefined, workType: undefined, functionId: undefined }
                : { untagged: undefined },
            )
          }
          data-testid="qb-filter-untagged"
          style={{ alignSelf: 'center' }}
        >
          {t('qb.untaggedOnly')}
        </Checkbox>
      </Flex>
      <Flex gap={8} wrap justify="space-between" style={{ marginBottom: 12 }}>
        <Space wrap>
          {canEdit ? (
            <>
              <Button type="primary" icon={<PlusOutlined />} onClick={onNew} data-testid="qb-new-question">
                {t('qb.newQuestion')}
              </Button>
              <Button
                icon={<TagsOutlined />}
                disabled={selected.length === 0}
                onClick={() => setBulkOpen(true)}
                data-testid="qb-bulk-tag"
              >
                {t('qb.bulkTag', { n: selected.length })}
              </Button>
              {BULK_ACTIONS.map((a) => (
                <Popconfirm
                  key={a.to}
                  disabled={selected.length === 0}
                  title={t(a.confirm, { n: selected.length })}
                  onConfirm={() => settle(bulk.mutateAsync(a.to))}
                  okButtonProps={{ danger: a.to === 'retired', ...tid(`qb-bulk-status-ok-${a.to}`) }}
                >
                  <Button
                    disabled={selected.length === 0}
                    loading={bulk.isPending && bulk.variables === a.to}
                    danger={a.to === 'retired'}
                    data-testid={`qb-bulk-status-${a.to}`}
                  >
                    {t(a.label, { n: selected.length })}
                  </Button>
                </Popconfirm>
              ))}
              <Popconfirm
                title={t('qb.bs.confirmActivateAll')}
                onConfirm={() => settle(activateAll.mutateAsync())}
                okButtonProps={tid('qb-activate-all-tagged-ok')}
              >
                <Button
                  icon={<CheckCircleOutlined />}
                  loading={activateAll.isPending}
                  data-testid="qb-activate-all-tagged"
                >
                  {t('qb.bs.activateAll')}
                </Button>
              </Popconfirm>
              <Button icon={<CloudUploadOutlined />} onClick={() => setImportOpen(true)} data-testid="qb-import">
                {t('qb.import')}
              </Button>
            </>
          ) : null}
          <Button
            icon={<DownloadOutlined />}
            onClick={() => void downloadTemplate('题库导入模板.xlsx').catch((e) => message.error(errorMessage(e)))}
            data-testid="qb-template"
          >
            {t('qb.downloadTemplate')}
          </Button>
        </Space>
        <Space wrap>
          <Button icon={<ExportOutlined />} onClick={() => void doExport('xlsx')} data-testid="qb-export-xlsx">
            {t('qb.exportExcel')}
          </Button>
          <Button icon={<ExportOutlined />} onClick={() => void doExport('qti')} data-testid="qb-export-qti">
            {t('qb.exportQti')}
          </Button>
          <Button icon={<ReloadOutlined />} onClick={() => void list.refetch()} aria-label={t('common.refresh')} />
        </Space>
      </Flex>
      {list.isError ? (
        <QueryError error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <Table<Question>
          rowKey="id"
          size="middle"
          loading={list.isFetching}
          dataSource={list.data?.items ?? []}
          scroll={{ x: 1200 }}
          data-testid="qb-questions-table"
          rowSelection={
            canEdit ? { selectedRowKeys: selected, onChange: (keys) => setSelected(keys.map(String)) } : undefined
          }
          onRow={(r) =>
            ({ 'data-testid': `qb-row-${r.id}`, 'data-status': r.status }) as React.HTMLAttributes<HTMLElement>
          }
          pagination={{
            current: page,
            pageSize,
            total: list.data?.total ?? 0,
            showSizeChanger: true,
            showTotal: (total) =>
              list.data?.totalCapped ? t('qb.totalCapped', { total }) : t('common.total', { total }),
            onChange: (p, s) => {
              setPage(p);
              setPageSize(s);
            },
          }}
          columns={[
            {
              title: t('qb.stem'),
              dataIndex: 'stem',
              ellipsis: true,
              render: (html: string, r) => (
                // plain text in the table; the drawer shows the server's HTML
                <Typography.Link onClick={() => onOpen(r.id)} data-testid="qb-row-open">
                  {htmlToText(html) || '—'}
                </Typography.Link>
              ),
            },
            {
              title: t('qb.type'),
              dataIndex: 'type',
              width: 110,
              render: (v: QuestionType) => <Tag color="blue">{pick(QUESTION_TYPE_LABELS[v])}</Tag>,
            },
            {
              title: t('qb.status'),
              dataIndex: 'status',
              width: 90,
              render: (s: QuestionStatus) => <StatusTag status={s} />,
            },
            { title: t('qb.points'), dataIndex: 'points', width: 70, align: 'right' },
            {
              title: t('qb.difficulty'),
              dataIndex: 'difficulty',
              width: 100,
              render: (d: number) => difficultyLabel(d, lang),
            },
            {
              title: t('qb.tags'),
              dataIndex: 'tags',
              width: 300,
              render: (tags: Question['tags']) => <TagsText tags={tags} />,
            },
            {
              title: t('qb.updatedAt'),
              dataIndex: 'updatedAt',
              width: 170,
              render: (v: string, r) => (
                <span>
                  {formatDateTime(v, lang)}
                  <Typography.Text type="secondary"> · {t('qb.revisionN', { n: r.revision })}</Typography.Text>
                </span>
              ),
            },
            ...(canEdit
              ? [
                  {
                    title: t('common.actions'),
                    key: 'actions',
                    fixed: 'right' as const,
                    width: 170,
                    render: (_: unknown, r: Question) => (
                      <Space size={0} wrap>
                        {STATUS_ACTIONS[r.status].map((a) => (
                          <Popconfirm
                            key={a.key}
                            title={t(`qb.confirm.${a.key}`)}
                            onConfirm={() => settle(status.mutateAsync({ q: r, to: a.to }))}
                            okButtonProps={{ danger: a.key === 'retire', ...tid(`qb-status-ok-${a.key}`) }}
                          >
                            <Button
                              type="link"
                              size="small"
                              danger={a.key === 'retire' || a.key === 'sendBack'}
                              data-testid={`qb-status-${a.key}`}
                            >
                              {t(ACTION_I18N[a.key])}
                            </Button>
                          </Popconfirm>
                        ))}
                      </Space>
                    ),
                  },
                ]
              : []),
          ]}
        />
      )}
      {bulkOpen ? (
        <BulkTagModal
          bankId={bankId}
          ids={selected}
          onClose={(done) => {
            setBulkOpen(false);
            if (done) setSelected([]);
          }}
        />
      ) : null}
      {importOpen ? <ImportModal bankId={bankId} onClose={() => setImportOpen(false)} /> : null}
    </Card>
  );
}
