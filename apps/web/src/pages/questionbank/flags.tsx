import { Tag, Tooltip } from 'antd';
import type { Bilingual } from '../../i18n';
import { useI18n } from '../../i18n';

/** Item-analysis flags the server may raise, with colours; unknown flags show their code. */
const FLAGS: Record<string, { color: string; label: Bilingual; hint: Bilingual }> = {
  too_easy: {
    color: 'blue',
    label: { zh: '过易', en: 'Too easy' },
    hint: { zh: '得分率高于 0.9', en: 'Facility above 0.9' },
  },
  too_hard: {
    color: 'volcano',
    label: { zh: '过难', en: 'Too hard' },
    hint: { zh: '得分率低于 0.2', en: 'Facility below 0.2' },
  },
  low_discrimination: {
    color: 'orange',
    label: { zh: '区分度低', en: 'Low discrimination' },
    hint: { zh: '点双列相关或高低分组差值偏低', en: 'Low point-biserial or upper-lower difference' },
  },
  negative_discrimination: {
    color: 'red',
    label: { zh: '负区分度', en: 'Negative discrimination' },
    hint: { zh: '低分组答对率高于高分组，请检查答案', en: 'The lower group does better: check the key' },
  },
  possible_wrong_key: {
    color: 'magenta',
    label: { zh: '答案可能有误', en: 'Key may be wrong' },
    hint: {
      zh: '高分组选择某干扰项的比例高于正确答案',
      en: 'The upper group chose a distractor more often than the key',
    },
  },
  unused_distractor: {
    color: 'purple',
    label: { zh: '干扰项无人选', en: 'Unused distractor' },
    hint: { zh: '有干扰项无人选择', en: 'A distractor nobody chose' },
  },
  few_responses: {
    color: 'default',
    label: { zh: '样本过少', en: 'Few responses' },
    hint: { zh: '作答人数不足，统计仅供参考', en: 'Too few candidates for reliable statistics' },
  },
};

export function flagLabel(flag: string, lang: 'zh' | 'en'): string {
  return FLAGS[flag]?.label[lang] ?? flag;
}

export function FlagTags({ flags }: { flags: readonly string[] }) {
  const { lang } = useI18n();
  return (
    <>
      {flags.map((f) => (
        <Tooltip key={f} title={FLAGS[f]?.hint[lang]}>
          <Tag color={FLAGS[f]?.color ?? 'default'} data-testid={`qb-flag-${f}`}>
            {flagLabel(f, lang)}
          </Tag>
        </Tooltip>
      ))}
    </>
  );
}
