import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Col, Divider, Form, Input, InputNumber, Modal, Radio, Row, Select, Switch, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { createPlan, type ExamPlan, planKeys, updatePlan } from '../../../api/exam-plans';
import { useBanks } from '../../../api/questionbank';
import { useStandardVersion, useStandardVersions } from '../../../api/standards';
import { FormErrorAlert } from '../../../components/FormErrorAlert';
import { useI18n } from '../../../i18n';
import { applyServerErrors } from '../../../lib/forms';
import { tid } from '../../../lib/testid';
import {
  defaultVersion,
  LEVELS,
  type Level,
  levelName,
  WORK_TYPES,
  type WorkType,
} from '../../standards/standardsUtil';

interface PlanForm {
  name: string;
  level: Level;
  workType?: WorkType | null;
  standardVersionId?: string;
  bankIds: string[];
  paperMode: 'fixed' | 'per_candidate';
  shuffleItems: boolean;
  shuffleOptions: boolean;
  multipleScoring: 'all_or_nothing' | 'partial';
  thirdMarkThresholdPct: number;
  warningRules: { blur: number; paste: number; fullscreen_exit: number };
  saveGraceSeconds: number;
  lateEntryMinutes: number;
}

const DEFAULTS: Omit<PlanForm, 'name' | 'standardVersionId'> = {
  level: 4,
  workType: '跨境电子商务师',
  bankIds: [],
  paperMode: 'per_candidate',
  shuffleItems: true,
  shuffleOptions: true,
  multipleScoring: 'all_or_nothing',
  thirdMarkThresholdPct: 20,
  warningRules: { blur: 3, paste: 1, fullscreen_exit: 3 },
  saveGraceSeconds: 30,
  lateEntryMinutes: 30,
};

function fromPlan(p: ExamPlan): PlanForm {
  return {
    name: p.name,
    level: p.level,
    workType: p.workType,
    standardVersionId: p.standardVersionId,
    bankIds: p.bankIds,
    paperMode: p.paperMode,
    shuffleItems: p.shuffleItems,
    shuffleOptions: p.shuffleOptions,
    multipleScoring: p.multipleScoring,
    thirdMarkThresholdPct: p.thirdMarkThresholdPct,
    warningRules: p.warningRules,
    saveGraceSeconds: p.saveGraceSeconds,
    lateEntryMinutes: p.lateEntryMinutes,
  };
}

/**
 * 新建鉴定计划 / 计划设置. A frozen plan (attempts exist) keeps its level, version, banks, paper mode and scoring
 * rules: only the name, warning thresholds, grace and late entry stay editable.
 */
export function PlanFormModal({ orgId, plan, onClose }: { orgId: string; plan?: ExamPlan; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const [form] = Form.useForm<PlanForm>();
  const [error, setError] = useState<string | null>(null);
  const versions = useStandardVersions();
  const published = useMemo(
    () => (versions.data?.items ?? []).filter((v) => v.status === 'published'),
    [versions.data],
  );
  const inForce = defaultVersion(published);
  const versionId = Form.useWatch('standardVersionId', form) ?? plan?.standardVersionId ?? inForce?.id;
  const snapshot = useStandardVersion(versionId).data?.snapshot;
  const level = Form.useWatch('level', form) ?? plan?.level ?? DEFAULTS.level;
  const banks = useBanks();
  const bankOptions = (banks.data?.items ?? [])
    .filter((b) => b.orgId === orgId || b.sharedWithInstitutions)
    .map((b) => ({ value: b.id, label: `${b.name}（${b.orgName} · ${t('ep.bankItems', { n: b.questionCount })}）` }));
  const frozen = plan?.frozen ?? false;
  // the version list arrives after the form: pre-select the version in force
  useEffect(() => {
    if (!plan && inForce && !form.getFieldValue('standardVersionId'))
      form.setFieldValue('standardVersionId', inForce.id);
  }, [plan, inForce, form]);

  const save = useMutation({
    mutationFn: (v: PlanForm) => {
      const workType = v.level === 1 ? null : (v.workType ?? null);
      const rules = {
        warningRules: v.warningRules,
        saveGraceSeconds: v.saveGraceSeconds,
        lateEntryMinutes: v.lateEntryMinutes,
      };
      if (plan && frozen) return updatePlan(plan.id, { name: v.name.trim(), ...rules });
      const body = {
        name: v.name.trim(),
        level: v.level,
        workType,
        ...(v.standardVersionId ? { standardVersionId: v.standardVersionId } : {}),
        bankIds: v.bankIds ?? [],
        paperMode: v.paperMode,
        shuffleItems: v.shuffleItems,
        shuffleOptions: v.shuffleOptions,
        multipleScoring: v.multipleScoring,
        thirdMarkThresholdPct: v.thirdMarkThresholdPct,
        ...rules,
      };
      return plan ? updatePlan(plan.id, body) : createPlan(orgId, body);
    },
    onSuccess: (p) => {
      void message.success(plan ? t('common.saved') : t('ep.created'));
      void qc.invalidateQueries({ queryKey: planKeys.all });
      onClose();
      if (!plan) navigate(`/exam-plans/${p.id}`);
    },
    onError: (e) => setError(applyServerErrors(form, e)),
  });

  return (
    <Modal
      open
      width={760}
      title={plan ? t('ep.settings') : t('ep.create')}
      okText={plan ? t('common.save') : t('common.create')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
      okButtonProps={tid('plan-form-ok')}
      destroyOnHidden
    >
      {frozen ? (
        <Typography.Paragraph type="warning" data-testid="plan-form-frozen">
          {t('ep.frozenSettings')}
        </Typography.Paragraph>
      ) : null}
      <Form<PlanForm>
        form={form}
        layout="vertical"
        initialValues={plan ? fromPlan(plan) : { ...DEFAULTS, standardVersionId: inForce?.id }}
        onFinish={(v) => {
          setError(null);
          save.mutate(v);
        }}
        data-testid="plan-form"
      >
        <Form.Item
          name="name"
          label={t('ep.name')}
          rules={[{ required: true, whitespace: true, message: t('ep.nameRequired') }, { max: 100 }]}
        >
          <Input placeholder={t('ep.namePlaceholder')} data-testid="plan-name" />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} sm={8}>
            <Form.Item name="level" label={t('ep.level')} rules={[{ required: true }]}>
              <Select
                disabled={frozen}
                data-testid="plan-level"
                options={LEVELS.map((l) => ({ value: l, label: snapshot ? levelName(snapshot, l) : `${l}` }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} sm={8}>
            {level === 1 ? null : (
              <Form.Item
                name="workType"
                label={t('ep.workType')}
                rules={[{ required: true, message: t('ep.workTypeRequired') }]}
              >
                <Select
                  disabled={frozen}
                  data-testid="plan-worktype"
                  options={WORK_TYPES.map((w) => ({ value: w, label: w }))}
                />
              </Form.Item>
            )}
          </Col>
          <Col xs={24} sm={8}>
            <Form.Item name="standardVersionId" label={t('ep.version')} tooltip={t('ep.versionHint')}>
              <Select
                disabled={frozen}
                loading={versions.isLoading}
                data-testid="plan-version"
                options={published.map((v) => ({
                  value: v.id,
                  label: `${v.label}${v.id === inForce?.id ? ` · ${t('ep.inForce')}` : ''}`,
                }))}
              />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="bankIds" label={t('ep.banks')} extra={t('ep.banksHint')}>
          <Select
            mode="multiple"
            disabled={frozen}
            loading={banks.isLoading}
            showSearch={{ optionFilterProp: 'label' }}
            options={bankOptions}
            data-testid="plan-banks"
          />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} sm={12}>
            <Form.Item name="paperMode" label={t('ep.paperMode')}>
              <Radio.Group disabled={frozen} data-testid="plan-paper-mode">
                <Radio value="fixed">{t('ep.paperFixed')}</Radio>
                <Radio value="per_candidate">{t('ep.paperPerCandidate')}</Radio>
              </Radio.Group>
            </Form.Item>
          </Col>
          <Col xs={12} sm={6}>
            <Form.Item name="shuffleItems" label={t('ep.shuffleItems')} valuePropName="checked">
              <Switch disabled={frozen} data-testid="plan-shuffle-items" />
            </Form.Item>
          </Col>
          <Col xs={12} sm={6}>
            <Form.Item name="shuffleOptions" label={t('ep.shuffleOptions')} valuePropName="checked">
              <Switch disabled={frozen} data-testid="plan-shuffle-options" />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={16}>
          <Col xs={24} sm={12}>
            <Form.Item name="multipleScoring" label={t('ep.multipleScoring')}>
              <Radio.Group disabled={frozen} data-testid="plan-multiple-scoring">
                <Radio value="all_or_nothing">{t('ep.scoringAll')}</Radio>
                <Radio value="partial">{t('ep.scoringPartial')}</Radio>
              </Radio.Group>
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item
              name="thirdMarkThresholdPct"
              label={t('ep.thirdMark')}
              tooltip={t('ep.thirdMarkHint')}
              rules={[{ required: true }]}
            >
              <InputNumber disabled={frozen} min={0} max={100} precision={0} suffix="%" data-testid="plan-third" />
            </Form.Item>
          </Col>
        </Row>
        <Divider titlePlacement="start" plain>
          {t('ep.warnings')}
        </Divider>
        <Typography.Paragraph type="secondary">{t('ep.warningsHint')}</Typography.Paragraph>
        <Row gutter={16}>
          <Col xs={8}>
            <Form.Item name={['warningRules', 'blur']} label={t('ep.warnBlur')} rules={[{ required: true }]}>
              <InputNumber min={0} max={1000} precision={0} data-testid="plan-warn-blur" />
            </Form.Item>
          </Col>
          <Col xs={8}>
            <Form.Item name={['warningRules', 'paste']} label={t('ep.warnPaste')} rules={[{ required: true }]}>
              <InputNumber min={0} max={1000} precision={0} data-testid="plan-warn-paste" />
            </Form.Item>
          </Col>
          <Col xs={8}>
            <Form.Item
              name={['warningRules', 'fullscreen_exit']}
              label={t('ep.warnFullscreen')}
              rules={[{ required: true }]}
            >
              <InputNumber min={0} max={1000} precision={0} data-testid="plan-warn-fullscreen" />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={16}>
          <Col xs={12}>
            <Form.Item
              name="saveGraceSeconds"
              label={t('ep.grace')}
              tooltip={t('ep.graceHint')}
              rules={[{ required: true }]}
            >
              <InputNumber min={0} max={300} precision={0} suffix={t('ep.seconds')} data-testid="plan-grace" />
            </Form.Item>
          </Col>
          <Col xs={12}>
            <Form.Item
              name="lateEntryMinutes"
              label={t('ep.lateEntry')}
              tooltip={t('ep.lateEntryHint')}
              rules={[{ required: true }]}
            >
              <InputNumber min={0} max={120} precision={0} suffix={t('ep.minutes')} data-testid="plan-late" />
            </Form.Item>
          </Col>
        </Row>
        <FormErrorAlert message={error} testId="plan-form-error" />
      </Form>
    </Modal>
  );
}
