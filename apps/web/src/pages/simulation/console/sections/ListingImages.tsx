import { UploadOutlined } from '@ant-design/icons';
import { SIM_IMAGE_MAX_BYTES } from '@crossskill/contracts';
import { type Listing, type ListingImage, WHITE_BORDER_MIN } from '@crossskill/simulation';
import { Button, Flex, Segmented, Table, Tag, Typography, Upload } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../../../api/client';
import { RefusalAlert, useAct, useConsole } from '../context';
import { formatPct } from '../helpers';
import { useL } from '../l10n';
import { type SimImage, uploadSimImage } from '../simApi';

type Role = ListingImage['role'];

/**
 * 商品图片: the file goes to POST /api/sim/images, which measures it (pixels, white border, product fill); the
 * measured values are shown against the main-image rule and sent with listing.attachImage.
 */
export function ListingImages({ listing }: { listing: Listing }) {
  const { env } = useConsole();
  const { L } = useL();
  const attach = useAct();
  const remove = useAct();
  const hasMain = listing.images.some((i) => i.role === 'main');
  const [role, setRole] = useState<Role>(hasMain ? 'additional' : 'main');
  const [uploadError, setUploadError] = useState<string | null>(null);
  const [last, setLast] = useState<SimImage | null>(null);
  const [uploading, setUploading] = useState(false);
  const rule = env.rules.listing.mainImage.value;

  const onFile = async (file: File) => {
    setUploadError(null);
    setUploading(true);
    try {
      const image = await uploadSimImage(file);
      setLast(image);
      await attach.run({ type: 'listing.attachImage', listingId: listing.id, role, image });
    } catch (e) {
      setUploadError(errorMessage(e));
    } finally {
      setUploading(false);
    }
  };

  return (
    <div data-testid="sim-listing-images">
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {L(
          `主图要求：白色背景${rule.whiteBackground ? '' : '（不强制）'}，商品占画面 ≥ ${Math.round(rule.minFill * 100)}%，最长边 ${rule.minLongestSide}–${rule.maxLongestSide} 像素，格式 ${rule.formats.join('/')}，≤ ${(rule.maxBytes / 1048576).toFixed(0)} MB。`,
          `Main image: white background${rule.whiteBackground ? '' : ' (not required)'}, product fills ≥ ${Math.round(rule.minFill * 100)}% of the frame, longest side ${rule.minLongestSide}–${rule.maxLongestSide} px, ${rule.formats.join('/')}, ≤ ${(rule.maxBytes / 1048576).toFixed(0)} MB.`,
        )}
      </Typography.Paragraph>
      <Flex gap={8} align="center" wrap>
        <Segmented<Role>
          value={role}
          onChange={setRole}
          options={[
            { value: 'main', label: L('主图', 'Main') },
            { value: 'additional', label: L('附图', 'Additional') },
            { value: 'detail', label: L('详情图', 'Detail') },
          ]}
          data-testid="sim-image-role"
        />
        <Upload
          accept="image/jpeg,image/png,image/gif,image/webp,image/tiff"
          showUploadList={false}
          beforeUpload={(file) => {
            if (file.size > SIM_IMAGE_MAX_BYTES) {
              setUploadError(L('图片超过 5 MB', 'The image is larger than 5 MB'));
              return Upload.LIST_IGNORE;
            }
            void onFile(file);
            return false;
          }}
        >
          <Button icon={<UploadOutlined />} loading={uploading || attach.busy} data-testid="sim-image-upload">
            {L('上传图片', 'Upload image')}
          </Button>
        </Upload>
      </Flex>
      {uploadError ? (
        <Typography.Text type="danger" data-testid="sim-image-error">
          {uploadError}
        </Typography.Text>
      ) : null}
      {last ? <MeasuredImage image={last} /> : null}
      <RefusalAlert error={attach.error} testId="sim-image-attach-error" />
      <Table<ListingImage>
        size="small"
        rowKey="id"
        style={{ marginTop: 8 }}
        pagination={false}
        dataSource={listing.images}
        scroll={{ x: 520 }}
        columns={[
          { title: L('用途', 'Role'), dataIndex: 'role', width: 90, render: (r: Role) => <Tag>{r}</Tag> },
          { title: L('尺寸', 'Size'), key: 'size', width: 110, render: (_: unknown, i) => `${i.width}×${i.height}` },
          { title: L('格式', 'Format'), dataIndex: 'format', width: 70 },
          {
            title: L('白底', 'White border'),
            dataIndex: 'borderWhiteRatio',
            width: 90,
            render: (v: number) => formatPct(v),
          },
          {
            title: L('商品占比', 'Fill'),
            dataIndex: 'productFillRatio',
            width: 80,
            render: (v: number) => formatPct(v),
          },
          {
            title: '',
            key: 'x',
            width: 70,
            render: (_: unknown, i) => (
              <Button
                size="small"
                danger
                type="link"
                onClick={() => void remove.run({ type: 'listing.removeImage', listingId: listing.id, imageId: i.id })}
              >
                {L('删除', 'Remove')}
              </Button>
            ),
          },
        ]}
      />
      <RefusalAlert error={remove.error} testId="sim-image-remove-error" />
    </div>
  );
}

/** What the server measured, each value marked against the marketplace's main-image rule. */
function MeasuredImage({ image }: { image: SimImage }) {
  const { env } = useConsole();
  const { L } = useL();
  const rule = env.rules.listing.mainImage.value;
  const longest = Math.max(image.width, image.height);
  const mark = (ok: boolean, text: string) => <Tag color={ok ? 'green' : 'red'}>{text}</Tag>;
  return (
    <Flex gap={4} wrap align="center" style={{ marginTop: 8 }} data-testid="sim-image-measured">
      <Typography.Text>{L('测得', 'Measured')}:</Typography.Text>
      {mark(rule.formats.includes(image.format), image.format)}
      {mark(longest >= rule.minLongestSide && longest <= rule.maxLongestSide, `${image.width}×${image.height}px`)}
      {mark(image.bytes <= rule.maxBytes, `${(image.bytes / 1024).toFixed(0)} KB`)}
      {mark(
        !rule.whiteBackground || image.borderWhiteRatio >= WHITE_BORDER_MIN,
        `${L('白底边框', 'white border')} ${formatPct(image.borderWhiteRatio)}`,
      )}
      {mark(image.productFillRatio >= rule.minFill, `${L('商品占比', 'fill')} ${formatPct(image.productFillRatio)}`)}
    </Flex>
  );
}
