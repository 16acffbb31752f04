import { CheckCircleFilled, CloseCircleFilled, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Card,
  Checkbox,
  Col,
  Collapse,
  DatePicker,
  Divider,
  Flex,
  Form,
  Input,
  InputNumber,
  Row,
  Select,
  Space,
  Tag,
  Typography,
  theme,
} from 'antd';
import { useState } from 'react';
import { ApiError, errorMessage } from '../../api/client';
import {
  checkEligibility,
  type EligibilityInput,
  type EligibilityResult,
  useStandardVersion,
  useStandardVersions,
} from '../../api/standards';
import { FormErrorAlert } from '../../components/FormErrorAlert';
import { Page } from '../../components/Page';
import { useI18n } from '../../i18n';
import { menuItem } from '../../menu';
import { defaultVersion, LEVELS, type Level, levelName } from './standardsUtil';

/** School types as the standard's 申报条件 name them (the rules also accept usual variants such as 中专, 高职). */
const SCHOOL_TYPES = ['技工学校', '中等职业学校', '高级技工学校', '技师学院', '高等职业学校', '大专', '本科', '研究生'];

interface DayValue {
  format(template: string): string;
}
interface EligibilityForm {
  asOf?: DayValue | null;
  work: { occupation: string; from?: DayValue | null; to?: DayValue | null; ongoing?: boolean }[];
  certificates: { occupation: string; level?: Level; obtainedOn?: DayValue | null; kind: 'skill' | 'pre-technician' }[];
  education: { schoolType?: string; major?: string; graduated?: boolean }[];
  apprenticeshipCompleted?: boolean;
  ecommerceInternshipMonths?: number | null;
}

const day = (v: DayValue | null | undefined) => (v ? v.format('YYYY-MM-DD') : undefined);

function toInput(v: EligibilityForm): Omit<EligibilityInput, 'targetLevel'> {
  return {
    asOf: day(v.asOf),
    work: (v.work ?? [])
      .filter((w) => w.occupation?.trim() && w.from)
      .map((w) => ({
        occupation: w.occupation.trim(),
        from: day(w.from) ?? '',
        ...(w.ongoing || !w.to ? {} : { to: day(w.to) }),
      })),
    certificates: (v.certificates ?? [])
      .filter((c) => c.occupation?.trim() && c.level && c.obtainedOn)
      .map((c) => ({
        occupation: c.occupation.trim(),
        level: c.level ?? 5,
        obtainedOn: day(c.obtainedOn) ?? '',
        kind: c.kind,
      })),
    education: (v.education ?? [])
      .filter((e) => e.schoolType?.trim())
      .map((e) => ({
        schoolType: e.schoolType?.trim() ?? '',
        major: e.major?.trim() ?? '',
        graduated: Boolean(e.graduated),
      })),
    apprenticeshipCompleted: v.apprenticeshipCompleted ?? false,
    ...(typeof v.ecommerceInternshipMonths === 'number'
      ? { ecommerceInternshipMonths: v.ecommerceInternshipMonths }
      : {}),
  };
}

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
  const [form] = Form.useForm<EligibilityForm>();
  const [error, setError] = useState<string | null>(null);
  const versions = useStandardVersions();
  const version = useStandardVersion(defaultVersion(versions.data?.items ?? [])?.id);
  const snapshot = version.data?.snapshot;

  const check = useMutation({
    mutationFn: async (v: EligibilityForm): Promise<Results> => {
      const base = toInput(v);
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
            <Form<EligibilityForm>
              form={form}
              layout="vertical"
              initialValues={{
                work: [{ occupation: '电子商务师', ongoing: true }],
                certificates: [],
                education: [],
                apprenticeshipCompleted: false,
              }}
              onFinish={(v) => check.mutate(v)}
              data-testid="elig-form"
            >
              <Divider titlePlacement="start" plain>
                {t('elig.work')}
              </Divider>
              <Form.List name="work">
                {(fields, { add, remove }) => (
                  <Flex vertical gap={4}>
                    {fields.map((f) => (
                      <Flex key={f.key} gap={8} wrap align="start" data-testid={`elig-work-${f.name}`}>
                        <Form.Item
                          name={[f.name, 'occupation']}
                          rules={[{ required: true, message: t('elig.occupationRequired') }]}
                          style={{ flex: '1 1 160px', marginBottom: 8 }}
                        >
                          <Input placeholder={t('elig.occupation')} data-testid="elig-work-occupation" />
                        </Form.Item>
                        <Form.Item
                          name={[f.name, 'from']}
                          rules={[{ required: true, message: t('elig.fromRequired') }]}
                          style={{ marginBottom: 8 }}
                        >
                          <DatePicker placeholder={t('elig.from')} data-testid="elig-work-from" />
                        </Form.Item>
                        <Form.Item noStyle shouldUpdate>
                          {() => (
                            <Form.Item name={[f.name, 'to']} style={{ marginBottom: 8 }}>
                              <DatePicker
                                placeholder={t('elig.to')}
                                disabled={Boolean(form.getFieldValue(['work', f.name, 'ongoing']))}
                                data-testid="elig-work-to"
                              />
                            </Form.Item>
                          )}
                        </Form.Item>
                        <Form.Item name={[f.name, 'ongoing']} valuePropName="checked" style={{ marginBottom: 8 }}>
                          <Checkbox data-testid="elig-work-ongoing">{t('elig.ongoing')}</Checkbox>
                        </Form.Item>
                        <Button
                          type="text"
                          danger
                          icon={<DeleteOutlined />}
                          aria-label={t('elig.remove')}
                          onClick={() => remove(f.name)}
                        />
                      </Flex>
                    ))}
                    <Button
                      type="dashed"
                      icon={<PlusOutlined />}
                      onClick={() => add({ occupation: '', ongoing: false })}
                      data-testid="elig-add-work"
                    >
                      {t('elig.addWork')}
                    </Button>
                  </Flex>
                )}
              </Form.List>

              <Divider titlePlacement="start" plain>
                {t('elig.certificates')}
              </Divider>
              <Form.List name="certificates">
                {(fields, { add, remove }) => (
                  <Flex vertical gap={4}>
                    {fields.map((f) => (
                      <Flex key={f.key} gap={8} wrap align="start" data-testid={`elig-cert-${f.name}`}>
                        <Form.Item
                          name={[f.name, 'occupation']}
                          rules={[{ required: true, message: t('elig.occupationRequired') }]}
                          style={{ flex: '1 1 140px', marginBottom: 8 }}
                        >
                          <Input placeholder={t('elig.occupation')} data-testid="elig-cert-occupation" />
                        </Form.Item>
                        <Form.Item
                          name={[f.name, 'level']}
                          rules={[{ required: true, message: t('elig.levelRequired') }]}
                          style={{ marginBottom: 8 }}
                        >
                          <Select
                            style={{ width: 150 }}
                            placeholder={t('elig.level')}
                            data-testid="elig-cert-level"
                            options={LEVELS.map((l) => ({ value: l, label: levelLabel(l) }))}
                          />
                        </Form.Item>
                        <Form.Item
                          name={[f.name, 'obtainedOn']}
                          rules={[{ required: true, message: t('elig.dateRequired') }]}
                          style={{ marginBottom: 8 }}
                        >
                          <DatePicker placeholder={t('elig.obtainedOn')} data-testid="elig-cert-date" />
                        </Form.Item>
                        <Form.Item name={[f.name, 'kind']} style={{ marginBottom: 8 }}>
                          <Select
                            style={{ width: 200 }}
                            data-testid="elig-cert-kind"
                            options={[
                              { value: 'skill', label: t('elig.kindSkill') },
                              { value: 'pre-technician', label: t('elig.kindPreTechnician') },
                            ]}
                          />
                        </Form.Item>
                        <Button
                          type="text"
                          danger
                          icon={<DeleteOutlined />}
                          aria-label={t('elig.remove')}
                          onClick={() => remove(f.name)}
                        />
                      </Flex>
                    ))}
                    <Button
                      type="dashed"
                      icon={<PlusOutlined />}
                      onClick={() => add({ occupation: '电子商务师', kind: 'skill' })}
                      data-testid="elig-add-cert"
                    >
                      {t('elig.addCertificate')}
                    </Button>
                  </Flex>
                )}
              </Form.List>

              <Divider titlePlacement="start" plain>
                {t('elig.education')}
              </Divider>
              <Form.List name="education">
                {(fields, { add, remove }) => (
                  <Flex vertical gap={4}>
                    {fields.map((f) => (
                      <Flex key={f.key} gap={8} wrap align="start" data-testid={`elig-edu-${f.name}`}>
                        <Form.Item
                          name={[f.name, 'schoolType']}
                          rules={[{ required: true, message: t('elig.schoolTypeRequired') }]}
                          style={{ marginBottom: 8 }}
                        >
                          <Select
                            style={{ width: 170 }}
                            placeholder={t('elig.schoolType')}
                            data-testid="elig-edu-school"
                            options={SCHOOL_TYPES.map((s) => ({ value: s, label: s }))}
                          />
                        </Form.Item>
                        <Form.Item name={[f.name, 'major']} style={{ flex: '1 1 140px', marginBottom: 8 }}>
                          <Input placeholder={t('elig.major')} data-testid="elig-edu-major" />
                        </Form.Item>
                        <Form.Item name={[f.name, 'graduated']} valuePropName="checked" style={{ marginBottom: 8 }}>
                          <Checkbox data-testid="elig-edu-graduated">{t('elig.graduated')}</Checkbox>
                        </Form.Item>
                        <Button
                          type="text"
                          danger
                          icon={<DeleteOutlined />}
                          aria-label={t('elig.remove')}
                          onClick={() => remove(f.name)}
                        />
                      </Flex>
                    ))}
                    <Button
                      type="dashed"
                      icon={<PlusOutlined />}
                      onClick={() => add({ schoolType: undefined, major: '电子商务', graduated: true })}
                      data-testid="elig-add-edu"
                    >
                      {t('elig.addEducation')}
                    </Button>
                  </Flex>
                )}
              </Form.List>

              <Divider titlePlacement="start" plain>
                {t('elig.other')}
              </Divider>
              <Flex gap={16} wrap align="start">
                <Form.Item name="apprenticeshipCompleted" valuePropName="checked">
                  <Checkbox data-testid="elig-apprenticeship">{t('elig.apprenticeship')}</Checkbox>
                </Form.Item>
                <Form.Item name="ecommerceInternshipMonths" label={t('elig.internshipMonths')}>
                  <InputNumber min={0} max={600} precision={0} data-testid="elig-internship" />
                </Form.Item>
                <Form.Item name="asOf" label={t('elig.asOf')} tooltip={t('elig.asOfHint')}>
                  <DatePicker data-testid="elig-asof" />
                </Form.Item>
              </Flex>
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
