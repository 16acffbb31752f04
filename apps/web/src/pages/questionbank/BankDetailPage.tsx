import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Flex, Tabs, Tag, Typography } from 'antd';
import { lazy, Suspense } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { useBank } from '../../api/questionbank';
import { Page } from '../../components/Page';
import { PageLoading } from '../../components/PageLoading';
import { QueryError } from '../../components/QueryError';
import { useI18n } from '../../i18n';
import { QuestionDrawer } from './QuestionDrawer';
import QuestionsTab from './QuestionsTab';
import './qb.css';

// The charts (and echarts with them) load only when their tab is opened.
const CoverageTab = lazy(() => import('./CoverageTab'));
const AnalysisTab = lazy(() => import('./AnalysisTab'));
const DuplicatesTab = lazy(() => import('./DuplicatesTab'));

const TABS = ['questions', 'coverage', 'analysis', 'duplicates'] as const;
type TabKey = (typeof TABS)[number];

/** A question bank: its questions (editor, import/export, tagging), coverage, item analysis and near-duplicates. */
export default function BankDetailPage({ bankId }: { bankId: string }) {
  const { t } = useI18n();
  const bank = useBank(bankId);
  const [params, setParams] = useSearchParams();
  const rawTab = params.get('tab');
  const tab: TabKey = (TABS as readonly string[]).includes(rawTab ?? '') ? (rawTab as TabKey) : 'questions';
  const open = params.get('q');

  const update = (patch: Record<string, string | null>) =>
    setParams((p) => {
      const next = new URLSearchParams(p);
      for (const [k, v] of Object.entries(patch)) {
        if (v === null) next.delete(k);
        else next.set(k, v);
      }
      return next;
    });
  const openQuestion = (id: string) => update({ q: id });

  if (bank.isError) return <QueryError error={bank.error} onRetry={() => void bank.refetch()} />;
  if (!bank.data) return <PageLoading />;
  const b = bank.data;

  return (
    <Page
      title={b.name}
      testId="qb-bank-page"
      extra={
        <Link to="/question-banks">
          <Button icon={<ArrowLeftOutlined />}>{t('qb.backToBanks')}</Button>
        </Link>
      }
    >
      <Flex gap={8} align="center" wrap style={{ marginTop: -8, marginBottom: 12 }}>
        <Typography.Text type="secondary">{b.orgName}</Typography.Text>
        <Typography.Text type="secondary">· {t('qb.questionCount', { n: b.questionCount })}</Typography.Text>
        {b.sharedWithInstitutions ? <Tag color="blue">{t('qb.shared')}</Tag> : null}
        {!b.canEdit ? (
          <Tag color="default" data-testid="qb-readonly">
            {t('qb.readonly')}
          </Tag>
        ) : null}
        {b.description ? <Typography.Text type="secondary">· {b.description}</Typography.Text> : null}
      </Flex>
      <Tabs
        activeKey={tab}
        onChange={(k) => update({ tab: k === 'questions' ? null : k })}
        destroyOnHidden
        items={[
          {
            key: 'questions',
            label: <span data-testid="qb-tab-questions">{t('qb.tab.questions')}</span>,
            children: (
              <QuestionsTab
                bankId={bankId}
                bankName={b.name}
                canEdit={b.canEdit}
                onOpen={openQuestion}
                onNew={() => update({ q: 'new' })}
              />
            ),
          },
          {
            key: 'coverage',
            label: <span data-testid="qb-tab-coverage">{t('qb.tab.coverage')}</span>,
            children: (
              <Suspense fallback={<PageLoading />}>
                <CoverageTab bankId={bankId} />
              </Suspense>
            ),
          },
          {
            key: 'analysis',
            label: <span data-testid="qb-tab-analysis-page">{t('qb.tab.analysis')}</span>,
            children: (
              <Suspense fallback={<PageLoading />}>
                <AnalysisTab bankId={bankId} onOpen={openQuestion} />
              </Suspense>
            ),
          },
          {
            key: 'duplicates',
            label: <span data-testid="qb-tab-duplicates">{t('qb.tab.duplicates')}</span>,
            children: (
              <Suspense fallback={<PageLoading />}>
                <DuplicatesTab bankId={bankId} onOpen={openQuestion} />
              </Suspense>
            ),
          },
        ]}
      />
      {open ? (
        <QuestionDrawer
          key={open}
          bankId={bankId}
          questionId={open === 'new' ? null : open}
          canEdit={b.canEdit}
          onClose={() => update({ q: null })}
          onCreated={(q) => update({ q: q.id })}
        />
      ) : null}
    </Page>
  );
}
