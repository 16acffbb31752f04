import { Cascader, Select, Space } from 'antd';
import { useMemo, useState } from 'react';
import type { QuestionTags } from '../../api/questionbank';
import { useStandardVersion, useStandardVersions } from '../../api/standards';
import { useI18n } from '../../i18n';
import { defaultVersion } from '../standards/standardsUtil';
import { pathToTags, tagOptions, tagsToPath } from './qbUtil';

/**
 * The standard tags of an item: a published standard version, then one cascader
 * 等级 → 工种 → 职业功能 (or 基本要求 职业道德 / 基础知识) → 工作内容 → 知识点 / 技能点. Any depth from the function down.
 */
export function TagPicker({
  value,
  onChange,
  testId = 'qb-tag-picker',
  allowClear = true,
}: {
  value?: QuestionTags | null;
  onChange?: (tags: QuestionTags | null) => void;
  testId?: string;
  allowClear?: boolean;
}) {
  const { t } = useI18n();
  const versions = useStandardVersions();
  const published = (versions.data?.items ?? []).filter((v) => v.status === 'published');
  const [chosen, setChosen] = useState<string | undefined>(undefined);
  const versionId = value?.standardVersionId ?? chosen ?? defaultVersion(published)?.id;
  const version = useStandardVersion(versionId);
  const snapshot = version.data?.id === versionId ? version.data?.snapshot : undefined;
  const options = useMemo(() => (snapshot ? tagOptions(snapshot, t('qb.tag.common')) : []), [snapshot, t]);

  return (
    <Space.Compact style={{ width: '100%' }} data-testid={testId}>
      <Select
        style={{ width: 170 }}
        value={versionId}
        loading={versions.isPending}
        placeholder={t('qb.tag.version')}
        options={published.map((v) => ({ value: v.id, label: v.label }))}
        onChange={(id: string) => {
          setChosen(id);
          if (value) onChange?.(null);
        }}
        data-testid={`${testId}-version`}
        aria-label={t('qb.tag.version')}
      />
      <Cascader
        style={{ flex: 1, minWidth: 260 }}
        options={options}
        value={tagsToPath(value ?? null, snapshot)}
        changeOnSelect
        allowClear={allowClear}
        showSearch={{
          filter: (input, path) => path.some((o) => String(o.label).toLowerCase().includes(input.toLowerCase())),
        }}
        placeholder={t('qb.tag.placeholder')}
        loading={version.isFetching}
        disabled={!versionId}
        onChange={(path) => {
          if (!versionId) return;
          onChange?.(path && path.length > 0 ? pathToTags(versionId, path.map(String)) : null);
        }}
        data-testid={`${testId}-cascader`}
        popupMatchSelectWidth={false}
      />
    </Space.Compact>
  );
}
