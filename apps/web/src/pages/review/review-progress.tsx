import { FileExcelOutlined } from '@ant-design/icons';
import { App, Button, Flex, Table, Tag } from 'antd';
import { useState } from 'react';
import { download, errorMessage } from '../../api/client';
import { QueryError } from '../../components/QueryError';
import { useI18n } from '../../i18n';
import { planPath, type ReviewCandidateRow, type ReviewPart, useReviewCandidates } from './reviewApi';
import { defenceText } from './reviewUtil';
import { ScoreDrawer } from './ScoreDrawer';

/** 评分进度: scored/members and the combined score per candidate; every member's score in the drawer; Excel. */
export function ProgressTab({ part }: { part: ReviewPart }) {
  const { pick } = useI18n();
  const L = (zh: string, en: string) => pick({ zh, en });
  const { message } = App.useApp();
  const list = useReviewCandidates(part.planId);
  const [open, setOpen] = useState<string | null>(null);
  const [exporting, setExporting] = useState(false);
  if (list.isError) return <QueryError error={list.error} onRetry={() => void list.refetch()} />;
  const exportXlsx = async () => {
    setExporting(true);
    try {
      await download(`${planPath(part.planId)}/candidates.xlsx`, 'review.xlsx');
    } catch (e) {
      void message.error(errorMessage(e));
    } finally {
      setExporting(false);
    }
  };
  return (
    <Flex vertical gap={12}>
      <Flex justify="flex-end">
        <Button
          icon={<FileExcelOutlined />}
          loading={exporting}
          onClick={() => void exportXlsx()}
          data-testid="review-export-xlsx"
        >
          {L('导出 Excel', 'Export Excel')}
        </Button>
      </Flex>
      <Table<ReviewCandidateRow>
        rowKey="registrationId"
        size="small"
        loading={list.isLoading}
        dataSource={list.data?.items ?? []}
        scroll={{ x: 720 }}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        data-testid="review-progress-table"
        columns={[
          {
            title: L('准考证号', 'Ticket no.'),
            dataIndex: 'ticketNo',
            width: 170,
            render: (v: string | null) => v ?? '—',
          },
          { title: L('姓名', 'Name'), dataIndex: 'name', width: 120 },
          { title: L('材料', 'Materials'), dataIndex: 'materials', width: 70 },
          {
            title: L('答辩', 'Defence'),
            render: (_: unknown, r: ReviewCandidateRow) => defenceText(r.defence, L('未安排', 'Not scheduled')),
          },
          {
            title: L('已评/委员', 'Scored'),
            width: 100,
            render: (_: unknown, r: ReviewCandidateRow) => (
              <Tag color={r.members > 0 && r.scored === r.members ? 'green' : undefined}>
                {`${r.scored}/${r.members}`}
              </Tag>
            ),
          },
          {
            title: L('综合评审成绩', 'Combined'),
            dataIndex: 'score',
            width: 120,
            render: (v: number | null) => (v === null ? '—' : <Tag color={v >= 60 ? 'green' : 'red'}>{v}</Tag>),
          },
          {
            title: L('操作', 'Actions'),
            width: 90,
            render: (_: unknown, r: ReviewCandidateRow) => (
              <Button
                size="small"
                onClick={() => setOpen(r.registrationId)}
                data-testid={`review-progress-view-${r.registrationId}`}
              >
                {L('详情', 'Details')}
              </Button>
            ),
          },
        ]}
      />
      <ScoreDrawer registrationId={open} onClose={() => setOpen(null)} />
    </Flex>
  );
}
