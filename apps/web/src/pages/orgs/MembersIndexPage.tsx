import { ORG_KIND_LABELS } from '@crossskill/contracts';
import { Card, Col, Empty, Row, Select, Typography } from 'antd';
import { Link, Navigate, useNavigate } from 'react-router-dom';
import { useMe } from '../../api/auth';
import { useOrgs } from '../../api/orgs';
import { Page } from '../../components/Page';
import { useI18n } from '../../i18n';
import { administeredOrgs, isPlatformAdmin } from '../../lib/access';
import { menuItem } from '../../menu';

/** 成员管理 entry: straight to the one organisation a user administers, or a choice. */
export default function MembersIndexPage() {
  const { t, pick } = useI18n();
  const navigate = useNavigate();
  const { data: me } = useMe();
  const platformAdmin = me ? isPlatformAdmin(me) : false;
  const orgs = useOrgs({}, platformAdmin);
  if (!me) return null;
  const mine = administeredOrgs(me);
  const only = mine[0];
  if (!platformAdmin && mine.length === 1 && only) return <Navigate to={`/orgs/${only.orgId}/members`} replace />;

  return (
    <Page title={pick(menuItem('members').label)} testId="members-index-page">
      {platformAdmin ? (
        <Card style={{ marginBottom: 16 }}>
          <Typography.Paragraph>{t('member.pickOrg')}</Typography.Paragraph>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            style={{ width: '100%', maxWidth: 420 }}
            placeholder={t('member.pickOrgPlaceholder')}
            loading={orgs.isPending}
            data-testid="members-org-select"
            onChange={(id: string) => navigate(`/orgs/${id}/members`)}
            options={(orgs.data?.items ?? []).map((o) => ({
              value: o.id,
              label: `${o.name}（${pick(ORG_KIND_LABELS[o.kind])}）`,
            }))}
          />
        </Card>
      ) : null}
      {mine.length === 0 ? (
        platformAdmin ? null : (
          <Empty description={t('member.noAdminOrgs')} />
        )
      ) : (
        <Row gutter={[12, 12]}>
          {mine.map((m) => (
            <Col key={m.orgId} xs={24} sm={12} lg={8}>
              <Link to={`/orgs/${m.orgId}/members`} data-testid="members-org-link">
                <Card hoverable size="small" title={m.orgName}>
                  {pick(ORG_KIND_LABELS[m.orgKind])}
                </Card>
              </Link>
            </Col>
          ))}
        </Row>
      )}
    </Page>
  );
}
