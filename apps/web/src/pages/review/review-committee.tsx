import { SaveOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Flex, Form, Select, Tag, Typography } from 'antd';
import { useState } from 'react';
import { ApiError, errorMessage } from '../../api/client';
import { QueryError } from '../../components/QueryError';
import { useI18n } from '../../i18n';
import { problemsByField } from './review-settings';
import { type ReviewPart, reviewKeys, saveCommittee, useMemberOptions } from './reviewApi';

/** 评审委员会: review members of the platform or the plan's institution, an odd number ≥ 3, one chair. */
export function CommitteeTab({ part }: { part: ReviewPart }) {
  const { pick } = useI18n();
  const L = (zh: string, en: string) => pick({ zh, en });
  const { message } = App.useApp();
  const qc = useQueryClient();
  const options = useMemberOptions(part.planId);
  const [ids, setIds] = useState<string[]>(part.members.map((m) => m.userId));
  const [chair, setChair] = useState<string | null>(part.members.find((m) => m.chair)?.userId ?? null);
  const [error, setError] = useState<ApiError | null>(null);
  const save = useMutation({
    mutationFn: () =>
      saveCommittee(
        part.planId,
        ids.map((userId) => ({ userId, chair: userId === chair })),
      ),
    onMutate: () => setError(null),
    onSuccess: (next) => {
      qc.setQueryData(reviewKeys.part(part.planId), next);
      void qc.invalidateQueries({ queryKey: reviewKeys.plans });
      void qc.invalidateQueries({ queryKey: reviewKeys.candidates(part.planId) });
      void message.success(L('评审委员会已保存', 'Committee saved'));
    },
    onError: (e) => {
      if (e instanceof ApiError) setError(e);
      else void message.error(errorMessage(e));
    },
  });
  if (options.isError) return <QueryError error={options.error} onRetry={() => void options.refetch()} />;
  const items = options.data?.items ?? [];
  const nameOf = (id: string) =>
    items.find((o) => o.userId === id)?.name ?? part.members.find((m) => m.userId === id)?.name ?? id;
  const problems = problemsByField(
    error ? error.details : part.problems.filter((p) => p.field.startsWith('body.members')),
  );
  const lines = [...problems.values()].flat();

  return (
    <Flex vertical gap={12} style={{ maxWidth: 720 }}>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {L(
          '评审委员须具有“评审委员”角色（平台或本机构），人数为 3 人（含）以上单数（003 §1.9.3），设 1 名主任委员；与任一考生同属一个机构的人员不能参加评审。',
          'Members hold the review-member role (platform or this institution), an odd number of at least 3 (003 §1.9.3), with one chair; nobody who shares an organisation with a candidate may sit.',
        )}
      </Typography.Paragraph>
      {error && !error.details.length ? <Alert type="error" showIcon message={error.message} /> : null}
      <Form layout="vertical" disabled={!part.canAdminister || part.resultsPublished}>
        <Form.Item
          label={L(`评审委员（已选 ${ids.length} 人）`, `Members (${ids.length} chosen)`)}
          validateStatus={lines.length ? 'error' : undefined}
          help={
            lines.length ? (
              <ul style={{ margin: 0, paddingInlineStart: 18 }} data-testid="review-committee-problems">
                {lines.map((l) => (
                  <li key={l}>{l}</li>
                ))}
              </ul>
            ) : undefined
          }
        >
          <Select
            mode="multiple"
            value={ids}
            loading={options.isLoading}
            onChange={(next: string[]) => {
              setIds(next);
              if (chair && !next.includes(chair)) setChair(null);
            }}
            optionFilterProp="label"
            data-testid="review-committee-members"
            placeholder={L('选择评审委员', 'Pick committee members')}
            notFoundContent={L('没有评审委员，请先在成员管理中添加', 'No review members: add them under Members')}
            options={items.map((o) => ({
              value: o.userId,
              label: `${o.name} · ${o.orgNames.join('、')}`,
              title: o.conflicts.length
                ? L(`与考生同机构：${o.conflicts.join('、')}`, `Shares an organisation with ${o.conflicts.join(', ')}`)
                : undefined,
            }))}
            optionRender={(opt) => {
              const o = items.find((x) => x.userId === opt.value);
              return (
                <Flex justify="space-between" gap={8}>
                  <span>{opt.label}</span>
                  {o?.conflicts.length ? <Tag color="red">{L('同机构回避', 'Conflict')}</Tag> : null}
                </Flex>
              );
            }}
          />
        </Form.Item>
        <Form.Item label={L('主任委员', 'Chair')}>
          <Select
            value={chair ?? undefined}
            onChange={(v: string) => setChair(v)}
            style={{ maxWidth: 320 }}
            data-testid="review-committee-chair"
            placeholder={L('从已选委员中指定', 'One of the members')}
            options={ids.map((id) => ({ value: id, label: nameOf(id) }))}
          />
        </Form.Item>
        {part.canAdminister ? (
          <Button
            type="primary"
            icon={<SaveOutlined />}
            loading={save.isPending}
            onClick={() => save.mutate()}
            data-testid="review-committee-save"
          >
            {L('保存评审委员会', 'Save the committee')}
          </Button>
        ) : (
          <Typography.Text type="secondary">{L('由机构管理员设置', 'Set by the institution admin')}</Typography.Text>
        )}
      </Form>
    </Flex>
  );
}
