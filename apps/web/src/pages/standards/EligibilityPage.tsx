import { CheckCircleFilled, CloseCircleFilled } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Card, Col, Collapse, Flex, Form, Row, Space, Tag, Typography, theme } from 'antd';
import { useState } from 'react';
import { ApiError, errorMessage } from '../../api/client';
import { checkEligibility, type EligibilityResult, useStandardVersion, useStandardVersions } from '../../api/standards';
import { EligibilityInputFields } from '../../components/eligibility/EligibilityInputFields';
import {
  ELIGIBILITY_INITIAL,
  type EligibilityFormValues,
  formDay,
  toEligibilityInput,
} from '../../components/eligibility/eligibilityForm';
import { FormErrorAlert } from '../../components/FormErrorAlert';
import { Page } from '../../components/Page';
import { useI18n } from '../../i18n';
import { menuItem } from '../../menu';
import { defaultVersion, LEVELS, type Level, levelName } from './standardsUtil';

type Results = { level: Level; result: EligibilityResult }[];

function errorText(e: unknown): string {
  if (e instanceof ApiError && e.details.length > 0) {
    return `${e.message}：${[...new Set(e.details.map((d) => d.message))].join('；')}`;
  }
  return errorMessage(e);
}

/** 申报条件自测: the candidate's history against the 申报条件 of every level (003 §1.8). */
export default function EligibilityPage() {
  const { t, pick } = useI18n();
  const { token } = theme.useToken();
  const [form] = Form.useForm<EligibilityFormValues>();
  const [error, setError] = useState<string | null>(null);
  const versions = useStandardVersions();
  const version = useStandardVersion(defaultVersion(versions.data?.items ?? [])?.id);
  const snapshot = version.data?.snapshot;

  const check = useMutation({
    mutationFn: async (v: EligibilityFormValues): Promise<Results> => {
      const base = { ...toEligibilityInput(v), asOf: formDay(v.asOf) };
      return Promise.all(
        LEVELS.map(async (level) => ({ level, result: await checkEligibility({ ...base, targetLevel: level }) })),
      );
    },
    onMutate: () => setError(null),
    onError: (e) => setError(errorText(e)),
  });

  const results = check.data;
  const levelLabel = (l: Level) => (snapshot ? levelName(snapshot, l) : `${l}`);

  return (
    <Page title={pick(menuItem('eligibility').label)} testId="eligibility-page">
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <Card title={t('elig.yourHistory')}>
            <Typography.Paragraph type="secondary">{t('elig.intro')}</Typography.Paragraph>
            <Form<EligibilityFormValues>
              form={form}
              layout="vertical"
              initialValues={ELIGIBILITY_INITIAL}
              onFinish={(v) => check.mutate(v)}
              data-testid="elig-form"
            >
              <EligibilityInputFields form={form} levelLabel={levelLabel} asOf />
              <FormErrorAlert message={error} testId="elig-error" />
              <Button type="primary" htmlType="submit" loading={check.isPending} data-testid="elig-submit">
                {t('elig.submit')}
              </Button>
            </Form>
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card title={t('elig.results')} data-testid="elig-results">
            {!results ? (
              <Typography.Text type="secondary">{t('elig.noResults')}</Typography.Text>
            ) : (
              <Flex vertical gap={16}>
                <Space wrap data-testid="elig-summary">
                  {results.map(({ level, result }) => (
                    <Tag
                      key={level}
                      color={result.eligible ? 'success' : 'default'}
                      icon={result.eligible ? <CheckCircleFilled /> : <CloseCircleFilled />}
                      data-testid={`elig-level-${level}`}
                      data-eligible={result.eligible ? 'true' : 'false'}
                      style={{ fontSize: 14, padding: '4px 8px' }}
                    >
                      {levelLabel(level)}：{result.eligible ? t('elig.eligible') : t('elig.notEligible')}
                    </Tag>
                  ))}
                </Space>
                <Alert
                  type={results.some((r) => r.result.eligible) ? 'success' : 'info'}
                  showIcon
                  data-testid="elig-verdict"
                  title={
                    results.some((r) => r.result.eligible)
                      ? t('elig.mayApply', {
                          levels: results
                            .filter((r) => r.result.eligible)
                            .map((r) => levelLabel(r.level))
                            .join('、'),
                        })
                      : t('elig.mayApplyNone')
                  }
                />
                <Collapse
                  defaultActiveKey={results.map((r) => String(r.level))}
                  items={results.map(({ level, result }) => ({
                    key: String(level),
                    label: (
                      <span>
                        {levelLabel(level)}{' '}
                        {result.eligible ? (
                          <Tag color="success">{t('elig.eligible')}</Tag>
                        ) : (
                          <Tag>{t('elig.notEligible')}</Tag>
                        )}
                      </span>
                    ),
                    children: (
                      <Flex vertical gap={10} data-testid={`elig-clauses-${level}`}>
                        <Typography.Text type="secondary">{t('elig.anyClause')}</Typography.Text>
                        {result.clauses.map((c, i) => (
                          <div
                            key={c.id}
                            data-testid={`elig-clause-${c.id}`}
                            data-satisfied={c.satisfied ? 'true' : 'false'}
                            style={{
                              borderInlineStart: `3px solid ${c.satisfied ? token.colorSuccess : token.colorBorder}`,
                              paddingInlineStart: 10,
                            }}
                          >
                            <div>
                              {c.satisfied ? (
                                <Tag color="success">{t('elig.satisfied')}</Tag>
                              ) : (
                                <Tag color="warning">{t('elig.unsatisfied')}</Tag>
                              )}
                              <Typography.Text>
                                （{i + 1}）{c.text}
                              </Typography.Text>
                            </div>
                            {c.missing.length > 0 ? (
                              <ul style={{ margin: '4px 0 0', paddingInlineStart: 20 }} data-testid="elig-missing">
                                {c.missing.map((m) => (
                                  <li key={m}>
                                    <Typography.Text type="danger">{m}</Typography.Text>
                                  </li>
                                ))}
                              </ul>
                            ) : null}
                          </div>
                        ))}
                      </Flex>
                    ),
                  }))}
                />
              </Flex>
            )}
          </Card>
        </Col>
      </Row>
    </Page>
  );
}
