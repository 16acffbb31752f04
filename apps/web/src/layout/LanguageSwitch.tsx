import { Segmented } from 'antd';
import { type Lang, useI18n } from '../i18n';

export function LanguageSwitch() {
  const { lang, setLang, t } = useI18n();
  return (
    <Segmented<Lang>
      size="small"
      value={lang}
      onChange={setLang}
      aria-label={t('header.language')}
      data-testid="lang-switch"
      options={[
        { value: 'zh', label: <span data-testid="lang-zh">中文</span> },
        { value: 'en', label: <span data-testid="lang-en">EN</span> },
      ]}
    />
  );
}
