import { DeleteOutlined, UploadOutlined, UserOutlined } from '@ant-design/icons';
import { PHOTO_MAX_BYTES, PHOTO_MIME_TYPES } from '@crossskill/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Flex, Popconfirm, Skeleton, Typography, Upload } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../api/client';
import { useI18n } from '../../i18n';
import { formatDateTime } from '../../lib/format';
import { settle, tid } from '../../lib/testid';
import { certKeys, deletePhoto, type UserPhotoInfo, uploadPhoto, usePhotoInfo } from '../certificates/certApi';
import { useCx } from '../certificates/certText';

const MIME = new Set<string>(PHOTO_MIME_TYPES);

/** 证件照: the ID photo printed on the holder's certificates (JPEG/PNG ≤ 2 MB), with preview and delete. */
export function PhotoCard() {
  const cx = useCx();
  const { lang } = useI18n();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const info = usePhotoInfo();
  const [error, setError] = useState<string | null>(null);

  const upload = useMutation({
    mutationFn: uploadPhoto,
    onSuccess: (next) => {
      qc.setQueryData<UserPhotoInfo | null>(certKeys.photo, next);
      void message.success(cx('photoSaved'));
    },
    onError: (e) => setError(errorMessage(e)),
  });
  const remove = useMutation({
    mutationFn: deletePhoto,
    onSuccess: () => {
      qc.setQueryData<UserPhotoInfo | null>(certKeys.photo, null);
      void message.success(cx('photoDeleted'));
    },
    onError: (e) => void message.error(errorMessage(e)),
  });

  const pick = (file: File) => {
    setError(null);
    if (!MIME.has(file.type)) setError(cx('photoBadType'));
    else if (file.size > PHOTO_MAX_BYTES) setError(cx('photoTooLarge'));
    else upload.mutate(file);
  };

  const photo = info.data;
  return (
    <Card data-testid="profile-photo-card">
      <Typography.Paragraph type="secondary">{cx('photoHint')}</Typography.Paragraph>
      {info.isPending ? <Skeleton.Image active /> : null}
      {info.isError ? <Alert type="error" showIcon title={errorMessage(info.error)} /> : null}
      {info.isSuccess ? (
        <Flex gap={24} wrap align="flex-start">
          <div
            style={{
              width: 132,
              height: 176,
              border: '1px solid #d9d9d9',
              borderRadius: 4,
              display: 'flex',
              alignItems: 'center',
              justifyContent: 'center',
              overflow: 'hidden',
              background: '#fafafa',
            }}
          >
            {photo ? (
              <img
                src={`/api/me/photo?v=${encodeURIComponent(photo.updatedAt)}`}
                alt={cx('photoTitle')}
                style={{ width: '100%', height: '100%', objectFit: 'cover' }}
                data-testid="profile-photo-img"
              />
            ) : (
              <Flex vertical align="center" gap={4} data-testid="profile-photo-none">
                <UserOutlined style={{ fontSize: 40, color: '#bfbfbf' }} />
                <Typography.Text type="secondary">{cx('photoNone')}</Typography.Text>
              </Flex>
            )}
          </div>
          <Flex vertical gap={8} align="flex-start">
            {photo ? (
              <Typography.Text type="secondary" data-testid="profile-photo-info">
                {photo.mime === 'image/png' ? 'PNG' : 'JPEG'} · {photo.width}×{photo.height} ·{' '}
                {Math.max(1, Math.round(photo.bytes / 1024))} KB · {formatDateTime(photo.updatedAt, lang)}
              </Typography.Text>
            ) : null}
            <Upload
              accept="image/jpeg,image/png"
              multiple={false}
              showUploadList={false}
              data-testid="profile-photo-input"
              beforeUpload={(file) => {
                pick(file);
                return false;
              }}
            >
              <Button
                type="primary"
                icon={<UploadOutlined />}
                loading={upload.isPending}
                data-testid="profile-photo-upload"
              >
                {photo ? cx('photoReplace') : cx('photoUpload')}
              </Button>
            </Upload>
            {photo ? (
              <Popconfirm
                title={cx('photoDeleteConfirm')}
                okText={cx('photoDelete')}
                cancelText={cx('cancel')}
                okButtonProps={{ danger: true, ...tid('profile-photo-delete-ok') }}
                onConfirm={() => settle(remove.mutateAsync())}
              >
                <Button danger icon={<DeleteOutlined />} data-testid="profile-photo-delete">
                  {cx('photoDelete')}
                </Button>
              </Popconfirm>
            ) : null}
            {error ? <Alert type="error" showIcon title={error} data-testid="profile-photo-error" /> : null}
          </Flex>
        </Flex>
      ) : null}
    </Card>
  );
}
