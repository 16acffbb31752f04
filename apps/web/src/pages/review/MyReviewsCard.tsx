import { DeleteOutlined, DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { REVIEW_MATERIAL_KINDS, REVIEW_MATERIAL_MAX_BYTES, type ReviewMaterialKind } from '@crossskill/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Empty,
  Flex,
  Input,
  Popconfirm,
  Progress,
  Select,
  Table,
  Typography,
  Upload,
} from 'antd';
import { useState } from 'react';
import { download, errorMessage } from '../../api/client';
import { QueryError } from '../../components/QueryError';
import { useI18n } from '../../i18n';
import { settle } from '../../lib/testid';
import { examTime } from '../exams/plans/planUtil';
import {
  deleteMaterial,
  type MyReviews,
  materialPath,
  type ReviewMaterial,
  reviewKeys,
  uploadMaterial,
  useMyReviews,
} from './reviewApi';
import { defenceText, fileSize, KIND_LABELS } from './reviewUtil';

type Item = MyReviews['items'][number];

/** A candidate's reviews: deadline, materials (upload with progress, list, delete) and the defence time. */
export function MyReviewsCard() {
  const { pick } = useI18n();
  const L = (zh: string, en: string) => pick({ zh, en });
  const mine = useMyReviews(true);
  if (mine.isError) return <QueryError error={mine.error} onRetry={() => void mine.refetch()} />;
  const items = mine.data?.items ?? [];
  return (
    <Card title={L('我的综合评审', 'My comprehensive reviews')} loading={mine.isLoading} data-testid="my-reviews">
      {items.length === 0 ? (
        <Empty description={L('暂无需要提交材料的综合评审', 'No review to submit materials for')} />
      ) : (
        <Flex vertical gap={16}>
          {items.map((item) => (
            <MyReview key={item.registrationId} item={item} />
          ))}
        </Flex>
      )}
    </Card>
  );
}

function MyReview({ item }: { item: Item }) {
  const { pick } = useI18n();
  const L = (zh: string, en: string) => pick({ zh, en });
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [kind, setKind] = useState<ReviewMaterialKind>('work_report');
  const [title, setTitle] = useState('');
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const refresh = () => void qc.invalidateQueries({ queryKey: reviewKeys.mine });

  const onFile = async (file: File) => {
    setError(null);
    if (file.size > REVIEW_MATERIAL_MAX_BYTES) {
      setError(L('文件超过 20 MB', 'The file is larger than 20 MB'));
      return;
    }
    setProgress(0);
    try {
      await uploadMaterial(item.registrationId, { kind, title: title.trim() || file.name, file }, (p) =>
        setProgress(p),
      );
      void message.success(L('材料已上传', 'Material uploaded'));
      setTitle('');
      refresh();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setProgress(null);
    }
  };

  const remove = useMutation({
    mutationFn: (m: ReviewMaterial) => deleteMaterial(item.registrationId, m.id),
    onSuccess: () => {
      void message.success(L('材料已删除', 'Material deleted'));
      refresh();
    },
    onError: (e) => void message.error(errorMessage(e)),
  });

  return (
    <Card type="inner" title={`${item.planName} · ${item.levelName}`} data-testid={`my-review-${item.registrationId}`}>
      <Descriptions size="small" column={{ xs: 1, sm: 1, md: 3 }} style={{ marginBottom: 12 }}>
        <Descriptions.Item label={L('机构', 'Institution')}>{item.orgName}</Descriptions.Item>
        <Descriptions.Item label={L('材料截止', 'Materials deadline')}>
          <span data-testid="review-deadline-text">{examTime(item.materialsDeadline)}</span>
        </Descriptions.Item>
        <Descriptions.Item label={L('答辩', 'Defence')}>
          <span data-testid="review-defence-time">{defenceText(item.defence, L('尚未安排', 'Not scheduled yet'))}</span>
        </Descriptions.Item>
      </Descriptions>
      {item.materialsOpen ? (
        <Flex gap={8} wrap align="center" style={{ marginBottom: 12 }}>
          <Select<ReviewMaterialKind>
            value={kind}
            onChange={setKind}
            style={{ width: 170 }}
            data-testid="review-upload-kind"
            options={REVIEW_MATERIAL_KINDS.map((k) => ({ value: k, label: pick(KIND_LABELS[k]) }))}
          />
          <Input
            value={title}
            onChange={(e) => setTitle(e.target.value)}
            maxLength={200}
            placeholder={L('材料名称（默认文件名）', 'Title (default: file name)')}
            style={{ width: 240, maxWidth: '100%' }}
            data-testid="review-upload-title"
          />
          <Upload
            accept=".pdf,.docx,.jpg,.jpeg,.png"
            showUploadList={false}
            beforeUpload={(file) => {
              void onFile(file);
              return Upload.LIST_IGNORE;
            }}
          >
            <Button icon={<UploadOutlined />} loading={progress !== null} data-testid="review-upload-button">
              {L('上传材料', 'Upload')}
            </Button>
          </Upload>
          <Typography.Text type="secondary">
            {L('PDF、DOCX、JPEG、PNG，单个不超过 20 MB', 'PDF, DOCX, JPEG, PNG; up to 20 MB each')}
          </Typography.Text>
        </Flex>
      ) : (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          message={L(
            `材料提交已于 ${examTime(item.materialsDeadline)} 截止`,
            `Materials closed at ${examTime(item.materialsDeadline)}`,
          )}
        />
      )}
      {progress !== null ? <Progress percent={progress} size="small" data-testid="review-upload-progress" /> : null}
      {error ? (
        <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} data-testid="review-upload-error" />
      ) : null}
      <Table<ReviewMaterial>
        rowKey="id"
        size="small"
        dataSource={item.materials}
        pagination={false}
        scroll={{ x: 560 }}
        locale={{ emptyText: L('还没有上传材料', 'No material yet') }}
        data-testid="review-materials"
        columns={[
          {
            title: L('类别', 'Kind'),
            dataIndex: 'kind',
            width: 140,
            render: (k: ReviewMaterialKind) => pick(KIND_LABELS[k]),
          },
          { title: L('名称', 'Title'), dataIndex: 'title' },
          { title: L('大小', 'Size'), dataIndex: 'bytes', width: 90, render: (b: number) => fileSize(b) },
          { title: L('上传时间', 'Uploaded'), dataIndex: 'uploadedAt', width: 150, render: (v: string) => examTime(v) },
          {
            title: L('操作', 'Actions'),
            width: 120,
            render: (_: unknown, m: ReviewMaterial) => (
              <Flex gap={4}>
                <Button
                  size="small"
                  icon={<DownloadOutlined />}
                  aria-label={L('下载', 'Download')}
                  data-testid={`review-material-download-${m.id}`}
                  onClick={() =>
                    void download(materialPath(item.registrationId, m.id), m.fileName).catch((e) =>
                      message.error(errorMessage(e)),
                    )
                  }
                />
                {item.materialsOpen ? (
                  <Popconfirm
                    title={L('删除该材料？', 'Delete this material?')}
                    onConfirm={() => settle(remove.mutateAsync(m))}
                  >
                    <Button
                      size="small"
                      danger
                      icon={<DeleteOutlined />}
                      aria-label={L('删除', 'Delete')}
                      data-testid={`review-material-delete-${m.id}`}
                    />
                  </Popconfirm>
                ) : null}
              </Flex>
            ),
          },
        ]}
      />
    </Card>
  );
}
