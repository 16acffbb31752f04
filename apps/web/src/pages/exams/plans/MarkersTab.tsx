import { SaveOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Flex, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../../api/client';
import { type ExamPlan, planKeys, setMarkers, useExamStaff } from '../../../api/exam-plans';
import { useI18n } from '../../../i18n';

/** 考评员: the examiners who mark the plan's subjective items (blind double marking, third marker). */
export default function MarkersTab({ plan, isAdmin }: { plan: ExamPlan; isAdmin: boolean }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const staff = useExamStaff(isAdmin ? plan.orgId : undefined);
  const [userIds, setUserIds] = useState<string[]>(plan.markers.map((m) => m.userId));
  const [error, setError] = useState<string | null>(null);
  const options = [
    ...(staff.data?.items ?? [])
      .filter((s) => s.roles.includes('examiner'))
      .map((s) => ({
        value: s.userId,
        label: `${s.name}${s.mobileMasked ? `（${s.mobileMasked}）` : ''} · ${s.orgName}`,
      })),
  ];
  for (const m of plan.markers) {
    if (!options.some((o) => o.value === m.userId)) options.push({ value: m.userId, label: m.name });
  }
  const save = useMutation({
    mutationFn: () => setMarkers(plan.id, userIds),
    onMutate: () => setError(null),
    onSuccess: () => {
      void message.success(t('ep.mk.saved'));
      void qc.invalidateQueries({ queryKey: planKeys.plan(plan.id) });
    },
    onError: (e) => setError(errorMessage(e)),
  });

  return (
    <Card size="small" data-testid="markers-tab">
      <Flex vertical gap={12}>
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t('ep.mk.intro', { pct: plan.thirdMarkThresholdPct })}
        </Typography.Paragraph>
        {isAdmin ? (
          <>
            <Select
              mode="multiple"
              value={userIds}
              onChange={(v: string[]) => setUserIds(v)}
              options={options}
              loading={staff.isLoading}
              showSearch={{ optionFilterProp: 'label' }}
              placeholder={t('ep.mk.pick')}
              notFoundContent={t('ep.mk.none')}
              style={{ maxWidth: 720 }}
              data-testid="markers-select"
            />
            {userIds.length > 0 && userIds.length < 2 ? (
              <Typography.Text type="warning">{t('ep.mk.fewHint')}</Typography.Text>
            ) : null}
            {error ? <Alert type="error" showIcon title={error} data-testid="markers-error" /> : null}
            <div>
              <Button
                type="primary"
                icon={<SaveOutlined />}
                onClick={() => save.mutate()}
                loading={save.isPending}
                data-testid="markers-save"
              >
                {t('common.save')}
              </Button>
            </div>
          </>
        ) : (
          <Space size={4} wrap data-testid="markers-list">
            {plan.markers.length === 0 ? (
              <Typography.Text type="secondary">{t('ep.mk.noneChosen')}</Typography.Text>
            ) : (
              plan.markers.map((m) => <Tag key={m.userId}>{m.name}</Tag>)
            )}
          </Space>
        )}
      </Flex>
    </Card>
  );
}
