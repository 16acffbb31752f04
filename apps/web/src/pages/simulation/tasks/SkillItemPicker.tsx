import { TreeSelect } from 'antd';
import { useMemo } from 'react';
import { useStandardVersion, useStandardVersions } from '../../../api/standards';
import { defaultVersion, levelTree, type WorkType } from '../../standards/standardsUtil';
import { useL } from '../console/l10n';

interface TreeNode {
  value: string;
  title: string;
  children?: TreeNode[];
}

/**
 * 技能点: standard node ids (职业功能 → 工作内容 → 技能要求) of the task's level and work type, from the standard
 * version in force (the same tree the question bank's tag picker reads).
 */
export function SkillItemPicker({
  level,
  workType,
  value,
  onChange,
  disabled,
}: {
  level: number | undefined;
  workType: string | undefined;
  value?: string[];
  onChange?: (ids: string[]) => void;
  disabled?: boolean;
}) {
  const { L } = useL();
  const versions = useStandardVersions();
  const versionId = defaultVersion(versions.data?.items ?? [])?.id;
  const version = useStandardVersion(versionId);
  const treeData = useMemo<TreeNode[]>(() => {
    const snapshotLevel = version.data?.snapshot.levels.find((l) => l.level === level);
    return levelTree(snapshotLevel, (workType ?? null) as WorkType | null).map((f) => ({
      value: f.id,
      title: `${f.code} ${f.name}`,
      children: f.contents.map((c) => ({
        value: c.id,
        title: `${c.code} ${c.name}`,
        children: c.skills.map((s) => ({ value: s.id, title: `${s.code} ${s.text}` })),
      })),
    }));
  }, [version.data, level, workType]);
  return (
    <TreeSelect
      multiple
      allowClear
      showSearch
      disabled={disabled}
      value={value ?? []}
      onChange={(ids: string[]) => onChange?.(ids)}
      treeData={treeData}
      treeNodeFilterProp="title"
      loading={versions.isPending || version.isFetching}
      placeholder={L('从国家职业标准选择技能点', 'Pick skill items from the national standard')}
      popupMatchSelectWidth={false}
      style={{ width: '100%' }}
      data-testid="sim-task-skill-items"
    />
  );
}
