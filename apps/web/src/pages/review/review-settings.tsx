import { SaveOutlined, SendOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, DatePicker, Flex, Form, InputNumber, Popconfirm, Radio } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { ApiError, errorMessage } from '../../api/client';
import { useI18n } from '../../i18n';
import { fieldNameOf } from '../../lib/forms';
import { settle } from '../../lib/testid';
import { isoToPicker, pickerToIso } from '../exams/plans/planUtil';
import { publishReview, type ReviewPart, reviewKeys, saveSettings } from './reviewApi';

interface Values {
  combineRule: 'mean' | 'trimmed_mean';
  materialsDeadline: Dayjs | null;
  defenceMinutes: number;
}

/** Problems by top-level field ('combineRule', 'defenceMinutes', 'members' …) from details or part.problems. */
export function problemsByField(list: readonly { field: string; message: string }[]) {
  const out = new Map<string, string[]>();
  for (const p of list) {
    const head = String(fieldNameOf(p.field)[0] ?? '');
    out.set(head, [...(out.get(head) ?? []), p.message]);
  }
  return out;
}

export function SettingsTab({ part }: { part: ReviewPart }) {
  const { pick } = useI18n();
  const L = (zh: string, en: string) => pick({ zh, en });
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [form] = Form.useForm<Values>();
  const [serverError, setServerError] = useState<ApiError | null>(null);
  const refresh = (next: ReviewPart) => {
    qc.setQueryData(reviewKeys.part(part.planId), next);
    void qc.invalidateQueries({ queryKey: reviewKeys.plans });
  };
  const save = useMutation({
    mutationFn: (v: Values) =>
      saveSettings(part.planId, {
        combineRule: v.combineRule,
        materialsDeadline: v.materialsDeadline ? pickerToIso(v.materialsDeadline) : '',
        defenceMinutes: v.defenceMinutes,
      }),
    onMutate: () => setServerError(null),
    onSuccess: (next) => {
      refresh(next);
      void message.success(L('设置已保存', 'Settings saved'));
    },
    onError: (e) => setServerError(e instanceof ApiError ? e : null),
  });
  const publish = useMutation({
    mutationFn: () => publishReview(part.planId),
    onMutate: () => setServerError(null),
    onSuccess: (next) => {
      refresh(next);
      void message.success(L('综合评审已发布', 'Review published'));
    },
    onError: (e) => {
      setServerError(e instanceof ApiError ? e : null);
      void message.error(errorMessage(e));
    },
  });

  const problems = problemsByField(serverError ? serverError.details : part.problems);
  const fieldProps = (name: string) => {
    const lines = problems.get(name);
    return lines?.length
      ? {
          validateStatus: 'error' as const,
          help: <span data-testid={`review-problem-${name}`}>{lines.join('；')}</span>,
        }
      : {};
  };
  const other = [...problems.entries()].filter(
    ([k]) => !['combineRule', 'defenceMinutes', 'materialsDeadline'].includes(k),
  );
  const locked = part.resultsPublished;

  return (
    <Flex vertical gap={12} style={{ maxWidth: 640 }}>
      <Alert
        type="info"
        showIcon
        message={L(
          '综合评审适用于二级/技师、一级/高级技师（003 §1.9.2），采用审阅申报材料和答辩方式；评审委员为 3 人（含）以上单数（§1.9.3）；每名考生答辩不少于 15 分钟（§1.9.4）；百分制，60 分及以上为合格。',
          'The review is for levels 2 and 1 (003 §1.9.2): materials and a defence; an odd committee of at least 3 (§1.9.3); at least 15 minutes per candidate (§1.9.4); 100-point scale, 60 passes.',
        )}
      />
      {serverError && !serverError.details.length ? (
        <Alert type="error" showIcon message={serverError.message} />
      ) : null}
      <Form<Values>
        form={form}
        layout="vertical"
        disabled={locked}
        data-testid="review-settings-form"
        initialValues={{
          combineRule: part.combineRule,
          materialsDeadline: part.materialsDeadline ? isoToPicker(part.materialsDeadline) : null,
          defenceMinutes: part.defenceMinutes,
        }}
        onFinish={(v) => save.mutate(v)}
      >
        <Form.Item name="combineRule" label={L('成绩合成规则', 'How scores combine')} {...fieldProps('combineRule')}>
          <Radio.Group data-testid="review-combine-rule">
            <Radio value="mean">{L('各委员评分的算术平均', 'Mean of the members’ scores')}</Radio>
            <Radio value="trimmed_mean">
              {L(
                '去掉一个最高分和一个最低分后平均（须 ≥ 5 名委员）',
                'Mean without the highest and lowest (≥ 5 members)',
              )}
            </Radio>
          </Radio.Group>
        </Form.Item>
        <Form.Item
          name="materialsDeadline"
          label={L('材料提交截止（北京时间）', 'Materials deadline (Beijing time)')}
          rules={[{ required: true, message: L('请选择截止时间', 'Choose the deadline') }]}
          {...fieldProps('materialsDeadline')}
        >
          <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" data-testid="review-deadline" />
        </Form.Item>
        <Form.Item
          name="defenceMinutes"
          label={L('每名考生答辩时长（分钟，不少于 15）', 'Defence per candidate (minutes, at least 15)')}
          rules={[{ required: true }]}
          {...fieldProps('defenceMinutes')}
        >
          <InputNumber min={1} max={600} data-testid="review-defence-minutes" />
        </Form.Item>
        <Flex gap={8} wrap>
          <Button
            type="primary"
            htmlType="submit"
            icon={<SaveOutlined />}
            loading={save.isPending}
            data-testid="review-settings-save"
          >
            {L('保存设置', 'Save settings')}
          </Button>
          {part.canAdminister && part.status !== 'none' ? (
            <Popconfirm
              title={L('发布后考生可提交材料，确定发布？', 'Candidates can then submit materials. Publish?')}
              onConfirm={() => settle(publish.mutateAsync())}
            >
              <Button
                icon={<SendOutlined />}
                loading={publish.isPending}
                data-testid="review-publish"
                disabled={locked}
              >
                {part.status === 'published' ? L('重新检查并发布', 'Check and publish again') : L('发布', 'Publish')}
              </Button>
            </Popconfirm>
          ) : null}
        </Flex>
      </Form>
      {other.length ? (
        <Alert
          type="warning"
          showIcon
          data-testid="review-problems"
          message={L('发布前还需解决：', 'Before publishing:')}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 18 }}>
              {other.flatMap(([k, lines]) => lines.map((line) => <li key={`${k}-${line}`}>{line}</li>))}
            </ul>
          }
        />
      ) : null}
    </Flex>
  );
}
