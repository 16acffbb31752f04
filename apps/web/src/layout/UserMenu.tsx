import { IdcardOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Avatar, Button, Dropdown, Typography } from 'antd';
import { Link, useNavigate } from 'react-router-dom';
import { logout, onLoggedOut, useMe } from '../api/auth';
import { errorMessage, isApiError } from '../api/client';
import { useI18n } from '../i18n';
import { menuItem } from '../menu';

export function UserMenu({ compact }: { compact: boolean }) {
  const { t, pick } = useI18n();
  const { data: me } = useMe();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const doLogout = useMutation({
    mutationFn: logout,
    onSuccess: () => {
      onLoggedOut(qc);
      navigate('/login', { replace: true });
    },
    onError: (e) => {
      if (isApiError(e) && e.status === 401) {
        onLoggedOut(qc);
        navigate('/login', { replace: true });
      } else {
        void message.error(errorMessage(e));
      }
    },
  });

  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: [
          {
            key: 'profile',
            icon: <IdcardOutlined />,
            label: (
              <Link to="/profile" data-testid="user-menu-profile">
                {pick(menuItem('profile').label)}
              </Link>
            ),
          },
          { type: 'divider' },
          {
            key: 'logout',
            icon: <LogoutOutlined />,
            danger: true,
            disabled: doLogout.isPending,
            label: <span data-testid="logout">{t('header.logout')}</span>,
            onClick: () => doLogout.mutate(),
          },
        ],
      }}
    >
      <Button type="text" data-testid="user-menu" aria-label={t('header.userMenu')} style={{ paddingInline: 6 }}>
        <Avatar size="small" icon={<UserOutlined />} style={{ background: '#1677ff' }} />
        {compact ? null : (
          <Typography.Text ellipsis style={{ maxWidth: 140 }} data-testid="user-menu-name">
            {me?.user.name}
          </Typography.Text>
        )}
      </Button>
    </Dropdown>
  );
}
