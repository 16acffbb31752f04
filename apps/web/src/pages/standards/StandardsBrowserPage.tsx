import { Card, Col, Empty, Flex, Input, List, Row, Segmented, Select, Space, Tabs, Tag, Tree, Typography } from 'antd';
import { lazy, Suspense, useEffect, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useMe } from '../../api/auth';
import { type SearchHit, useStandardSearch, useStandardVersion, useStandardVersions } from '../../api/standards';
import { Page } from '../../components/Page';
import { PageLoading } from '../../components/PageLoading';
import { QueryError } from '../../components/QueryError';
import { useI18n } from '../../i18n';
import { formatDate } from '../../lib/format';
import { menuItem } from '../../menu';
import { StandardTree } from './StandardTree';
import {
  defaultVersion,
  isLevel,
  isWorkType,
  LEVELS,
  type Level,
  levelGrade,
  levelName,
  levelTree,
  locateNode,
  nodeDomId,
  WORK_TYPES,
  type WorkType,
} from './standardsUtil';
import { VersionStatusTag } from './VersionStatusTag';

// The charts (and echarts with them) load only when the weight tab is opened.
const WeightPanel = lazy(() => import('./WeightPanel'));

/** A search hit's text with the matched part marked. */
function Highlighted({ text, start, end }: { text: string; start: number; end: number }) {
  if (start < 0 || end <= start || end > text.length) return <>{text}</>;
  return (
    <>
      {text.slice(0, start)}
      <mark data-testid="std-search-mark">{text.slice(start, end)}</mark>
      {text.slice(end)}
    </>
  );
}

const KIND_KEYS = {
  function: 'std.function',
  content: 'std.content',
  skill: 'std.skills',
  knowledge: 'std.knowledge',
} as const;

/** 标准浏览: the national standard 电子商务师 by version, level and work type; search; weight tables. Public. */
export default function StandardsBrowserPage() {
  const { t, pick, lang } = useI18n();
  const { data: me } = useMe();
  const [params, setParams] = useSearchParams();
  const versions = useStandardVersions();
  const items = versions.data?.items ?? [];
  const versionId = params.get('v') ?? defaultVersion(items)?.id;
  const version = useStandardVersion(versionId);
  const snapshot = version.data?.snapshot;

  const levelParam = Number(params.get('level') ?? 5);
  const level: Level = isLevel(levelParam) ? levelParam : 5;
  const levelMeta = snapshot?.levels.find((l) => l.level === level);
  const hasWorkTypes = level !== 1 && (levelMeta?.workTypes.length ?? 2) > 0;
  const wtParam = params.get('wt');
  const workType: WorkType | null = hasWorkTypes ? (isWorkType(wtParam) ? wtParam : '网商') : null;
  const tab = params.get('tab') === 'weights' ? 'weights' : 'tree';
  const q = params.get('q') ?? '';
  const highlightId = params.get('node');
  const search = useStandardSearch(versionId, q);

  // From the address bar, not from this render's params: two quick changes (a level, then a work type) before the
  // page re-renders must not undo each other (the router's functional update sees the render's params).
  const update = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(window.location.search);
    for (const [k, v] of Object.entries(changes)) {
      if (v === null || v === '') next.delete(k);
      else next.set(k, v);
    }
    setParams(next, { replace: true });
  };

  const functions = useMemo(() => levelTree(levelMeta, workType), [levelMeta, workType]);

  // bring a search hit into view once its level is rendered
  useEffect(() => {
    if (!highlightId || tab !== 'tree' || functions.length === 0) return;
    const el = document.getElementById(nodeDomId(highlightId));
    el?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }, [highlightId, tab, functions]);

  const openHit = (hit: SearchHit) => {
    let wt = workType;
    if (snapshot) {
      const found = locateNode(snapshot, hit.id);
      const limits = [found?.item, found?.content, found?.fn].find((n) => n?.workTypes && n.workTypes.length > 0);
      if (limits?.workTypes && wt && !limits.workTypes.includes(wt)) wt = limits.workTypes[0] ?? wt;
      if (!wt && hit.level !== 1) wt = limits?.workTypes?.[0] ?? '网商';
    }
    update({ level: String(hit.level), wt: hit.level === 1 ? null : wt, node: hit.id, tab: null });
  };

  const navTree = functions.map((f) => ({
    key: f.id,
    title: `${f.code} ${f.name}`,
    children: f.contents.map((c) => ({ key: c.id, title: `${c.code} ${c.name}` })),
  }));

  const title = pick(menuItem('standards').label);
  if (versions.isError) {
    return (
      <Page title={title} testId="standards-page">
        <QueryError error={versions.error} onRetry={() => void versions.refetch()} />
      </Page>
    );
  }

  return (
    <Page title={title} testId="standards-page">
      <Flex vertical gap={16}>
        <Card size="small">
          <Flex vertical gap={12}>
            <Flex gap={12} wrap align="center">
              <Typography.Text type="secondary">{t('std.version')}</Typography.Text>
              <Select
                style={{ minWidth: 280 }}
                loading={versions.isPending}
                value={versionId}
                onChange={(v: string) => update({ v, node: null, q: null })}
                data-testid="std-version"
                options={items.map((v) => ({
                  value: v.id,
                  label: (
                    <span>
                      {v.title} · {v.label} <VersionStatusTag status={v.status} />
                    </span>
                  ),
                }))}
              />
              {version.data ? (
                <Typography.Text type="secondary" data-testid="std-meta">
                  {version.data.snapshot.meta.code} · {version.data.snapshot.meta.issuer} · {t('std.effectiveDate')}:{' '}
                  {version.data.effectiveDate
                    ? formatDate(version.data.effectiveDate, lang)
                    : t('std.sincePublication')}
                </Typography.Text>
              ) : null}
            </Flex>
            <Flex gap={12} wrap align="center">
              <Segmented
                value={level}
                onChange={(v) => update({ level: String(v), node: null })}
                data-testid="std-level"
                options={LEVELS.map((l) => ({
                  value: l,
                  label: <span data-testid={`std-level-${l}`}>{snapshot ? levelName(snapshot, l) : `${l}`}</span>,
                }))}
              />
              {hasWorkTypes ? (
                <Segmented
                  value={workType ?? '网商'}
                  onChange={(v) => update({ wt: String(v), node: null })}
                  data-testid="std-worktype"
                  options={WORK_TYPES.map((w) => ({ value: w, label: <span data-testid={`std-wt-${w}`}>{w}</span> }))}
                />
              ) : (
                <Typography.Text type="secondary" data-testid="std-worktype-none">
                  {t('std.noWorkTypes')}
                </Typography.Text>
              )}
              <Input.Search
                allowClear
                enterButton
                defaultValue={q}
                key={`${versionId}-${q === '' ? 'empty' : 'q'}`}
                placeholder={t('std.searchPlaceholder')}
                style={{ maxWidth: 360 }}
                onSearch={(v) => update({ q: v.trim() || null })}
                data-testid="std-search"
              />
            </Flex>
            {q ? (
              <div data-testid="std-search-results">
                {search.isError ? (
                  <QueryError error={search.error} />
                ) : (
                  <List
                    size="small"
                    bordered
                    loading={search.isFetching}
                    header={
                      <Typography.Text type="secondary">
                        {t('std.searchResults', { q, count: search.data?.items.length ?? 0 })}
                      </Typography.Text>
                    }
                    locale={{ emptyText: t('std.searchNone') }}
                    style={{ maxHeight: 320, overflow: 'auto' }}
                    dataSource={search.data?.items ?? []}
                    renderItem={(hit) => (
                      <List.Item
                        style={{ cursor: 'pointer' }}
                        onClick={() => openHit(hit)}
                        data-testid="std-search-hit"
                        data-node-id={hit.id}
                      >
                        <Space wrap size={6}>
                          <Tag color="geekblue">{levelGrade(snapshot, hit.level)}</Tag>
                          <Tag>{t(KIND_KEYS[hit.kind])}</Tag>
                          <Typography.Text strong>{hit.path.at(-1)}</Typography.Text>
                          <span>
                            <Highlighted text={hit.text} start={hit.match.start} end={hit.match.end} />
                          </span>
                        </Space>
                      </List.Item>
                    )}
                  />
                )}
              </div>
            ) : null}
          </Flex>
        </Card>

        {version.isError ? (
          <QueryError error={version.error} onRetry={() => void version.refetch()} />
        ) : !snapshot ? (
          version.isPending && versionId ? (
            <PageLoading />
          ) : (
            <Empty />
          )
        ) : (
          <Card size="small">
            <Tabs
              activeKey={tab}
              onChange={(k) => update({ tab: k === 'weights' ? 'weights' : null })}
              items={[
                {
                  key: 'tree',
                  label: <span data-testid="std-tab-tree">{t('std.tabTree')}</span>,
                  children: (
                    <Row gutter={16}>
                      <Col xs={0} lg={7} xl={6}>
                        <div style={{ position: 'sticky', top: 80 }}>
                          <Tree
                            blockNode
                            defaultExpandAll
                            key={`${level}-${workType}`}
                            selectedKeys={highlightId ? [highlightId] : []}
                            treeData={navTree}
                            onSelect={(keys) => {
                              const id = keys[0];
                              if (typeof id === 'string') update({ node: id });
                            }}
                            data-testid="std-nav"
                          />
                        </div>
                      </Col>
                      <Col xs={24} lg={17} xl={18}>
                        <Typography.Paragraph type="secondary" style={{ marginTop: 0 }} data-testid="std-level-title">
                          {snapshot.meta.title} · {levelName(snapshot, level)}
                          {workType ? ` · ${workType}` : ''}
                        </Typography.Paragraph>
                        <StandardTree functions={functions} highlightId={highlightId} />
                      </Col>
                    </Row>
                  ),
                },
                {
                  key: 'weights',
                  label: <span data-testid="std-tab-weights">{t('std.tabWeights')}</span>,
                  children: (
                    <Suspense fallback={<PageLoading />}>
                      <WeightPanel snapshot={snapshot} level={level} workType={workType} />
                    </Suspense>
                  ),
                },
              ]}
            />
          </Card>
        )}
        {!me ? (
          <Typography.Text type="secondary" data-testid="std-public-hint">
            {t('std.publicHint')}
          </Typography.Text>
        ) : null}
      </Flex>
    </Page>
  );
}
