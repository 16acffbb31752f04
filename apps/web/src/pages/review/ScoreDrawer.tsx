import { DownloadOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Descriptions,
  Drawer,
  Flex,
  Form,
  Input,
  InputNumber,
  List,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useEffect } from 'react';
import { download, errorMessage } from '../../api/client';
import { QueryError } from '../../components/QueryError';
import { useI18n } from '../../i18n';
import { applyServerErrors } from '../../lib/forms';
import { examTime } from '../exams/plans/planUtil';
import { materialPath, type ReviewRegistration, reviewKeys, saveScore, useReviewRegistration } from './reviewApi';
import { defenceText, fileSize, KIND_LABELS } from './reviewUtil';

type MemberScore = NonNullable<ReviewRegistration['scores']>[number];

/** One candidate's review: materials to download, the defence, my score and comment (members), all scores (staff). */
export function ScoreDrawer({ registrationId, onClose }: { registrationId: string | null; onClose: () => void }) {
  const { pick } = useI18n();
  const L = (zh: string, en: string) => pick({ zh, en });
  const { message } = App.useApp();
  const qc = useQueryClient();
  const reg = useReviewRegistration(registrationId);
  const [form] = Form.useForm<{ score: number; comment: string }>();
  const data = reg.data;

  useEffect(() => {
    if (data) form.setFieldsValue({ score: data.myScore?.score, comment: data.myScore?.comment ?? '' });
  }, [data, form]);

  const save = useMutation({
    mutationFn: (v: { score: number; comment: string }) => saveScore(registrationId ?? '', v),
    onSuccess: (next) => {
      qc.setQueryData(reviewKeys.registration(next.registrationId), next);
      void qc.invalidateQueries({ queryKey: reviewKeys.tasks });
      void qc.invalidateQueries({ queryKey: ['review', 'candidates'] });
      void message.success(L('评分已保存', 'Score saved'));
    },
    onError: (e) => void message.error(applyServerErrors(form, e)),
  });

  return (
    <Drawer
      open={Boolean(registrationId)}
      onClose={onClose}
      width={560}
      styles={{ wrapper: { maxWidth: '100vw' } }}
      title={data ? `${data.candidateName} · ${data.planName}` : L('综合评审', 'Review')}
      destroyOnHidden
    >
      <div data-testid="review-score-drawer">
        {reg.isError ? <QueryError error={reg.error} onRetry={() => void reg.refetch()} /> : null}
        {data ? (
          <Flex vertical gap={16}>
            <Descriptions size="small" column={1} bordered>
              <Descriptions.Item label={L('准考证号', 'Ticket no.')}>{data.ticketNo ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={L('答辩', 'Defence')}>
                {defenceText(data.defence, L('尚未安排', 'Not scheduled'))}
              </Descriptions.Item>
              <Descriptions.Item label={L('合成规则', 'Combining rule')}>
                {data.combineRule === 'mean'
                  ? L('算术平均', 'Mean')
                  : L('去掉一个最高分和一个最低分后平均', 'Mean without the highest and lowest')}
              </Descriptions.Item>
              <Descriptions.Item label={L('综合评审成绩', 'Combined score')}>
                <span data-testid="review-combined-score">
                  {data.combined.score ?? '—'}（{L('已评', 'scored')} {data.combined.scored}/{data.combined.members}）
                </span>
              </Descriptions.Item>
            </Descriptions>
            <div>
              <Typography.Title level={5}>{L('申报材料', 'Materials')}</Typography.Title>
              <List
                size="small"
                bordered
                dataSource={data.materials}
                locale={{ emptyText: L('考生未上传材料', 'No material uploaded') }}
                renderItem={(m) => (
                  <List.Item
                    actions={[
                      <Button
                        key="dl"
                        size="small"
                        icon={<DownloadOutlined />}
                        data-testid={`review-material-download-${m.id}`}
                        onClick={() =>
                          void download(materialPath(data.registrationId, m.id), m.fileName).catch((e) =>
                            message.error(errorMessage(e)),
                          )
                        }
                      >
                        {L('下载', 'Download')}
                      </Button>,
                    ]}
                  >
                    <List.Item.Meta
                      title={m.title}
                      description={`${pick(KIND_LABELS[m.kind])} · ${fileSize(m.bytes)} · ${examTime(m.uploadedAt)}`}
                    />
                  </List.Item>
                )}
              />
            </div>
            {data.isMember ? (
              <div>
                <Typography.Title level={5}>{L('我的评分', 'My score')}</Typography.Title>
                {data.scoringNote ? (
                  <Alert type="info" showIcon message={data.scoringNote} style={{ marginBottom: 12 }} />
                ) : null}
                <Form
                  form={form}
                  layout="vertical"
                  disabled={!data.scoringOpen}
                  onFinish={(v) => save.mutate({ score: v.score, comment: v.comment })}
                >
                  <Form.Item
                    name="score"
                    label={L('分数（0–100，最多两位小数）', 'Score (0–100, up to 2 decimals)')}
                    rules={[{ required: true, message: L('请填写分数', 'Enter a score') }]}
                  >
                    <InputNumber min={0} max={100} precision={2} step={0.5} data-testid="review-score-input" />
                  </Form.Item>
                  <Form.Item
                    name="comment"
                    label={L('评语（至少 10 个字）', 'Comment (at least 10 characters)')}
                    rules={[
                      { required: true, message: L('请填写评语', 'Enter a comment') },
                      { min: 10, message: L('评语至少 10 个字', 'At least 10 characters') },
                    ]}
                  >
                    <Input.TextArea rows={4} maxLength={2000} showCount data-testid="review-comment-input" />
                  </Form.Item>
                  <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="review-score-save">
                    {L('保存评分', 'Save score')}
                  </Button>
                </Form>
              </div>
            ) : null}
            {data.scores ? (
              <div>
                <Typography.Title level={5}>{L('委员评分', 'Members’ scores')}</Typography.Title>
                <Table<MemberScore>
                  rowKey="memberId"
                  size="small"
                  pagination={false}
                  dataSource={data.scores}
                  data-testid="review-member-scores"
                  columns={[
                    {
                      title: L('委员', 'Member'),
                      render: (_: unknown, s: MemberScore) => (
                        <>
                          {s.name} {s.chair ? <Tag color="purple">{L('主任委员', 'Chair')}</Tag> : null}
                        </>
                      ),
                    },
                    {
                      title: L('分数', 'Score'),
                      dataIndex: 'score',
                      width: 80,
                      render: (v: number | null) => v ?? '—',
                    },
                    { title: L('评语', 'Comment'), dataIndex: 'comment', render: (v: string | null) => v ?? '—' },
                  ]}
                />
              </div>
            ) : null}
          </Flex>
        ) : null}
      </div>
    </Drawer>
  );
}
