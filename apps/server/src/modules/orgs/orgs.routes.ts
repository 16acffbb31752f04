import {
  addMemberSchema,
  createOrgSchema,
  listOrgsQuerySchema,
  memberSchema,
  ORG_KIND_LABELS,
  orgSchema,
  publicInstitutionSchema,
  ROLE_LABELS,
  updateOrgSchema,
} from '@crossskill/contracts';
import { and, asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { AppContext } from '../../platform/context.js';
import { sendXlsx, toXlsx } from '../../platform/excel.js';
import { type App, access, errorResponses, okSchema } from '../../platform/http/index.js';
import { addMember, removeMember } from './memberships.service.js';
import { createOrg, getOrg, listMembers, listOrgs, updateOrg } from './orgs.service.js';
import { organizations } from './orgs.tables.js';

const orgParams = z.strictObject({ orgId: z.uuid() });
const memberParams = z.strictObject({ orgId: z.uuid(), membershipId: z.uuid() });

export function registerOrgRoutes(app: App, ctx: AppContext) {
  app.get(
    '/api/public/institutions',
    {
      config: { access: access.public() },
      schema: {
        tags: ['public'],
        summary: '培训机构列表 Active training institutions (for registration)',
        response: { 200: z.object({ items: z.array(publicInstitutionSchema) }) },
      },
    },
    async () => ({
      items: await ctx.db
        .select({ id: organizations.id, name: organizations.name })
        .from(organizations)
        .where(and(eq(organizations.kind, 'institution'), eq(organizations.status, 'active')))
        .orderBy(asc(organizations.name)),
    }),
  );

  app.get(
    '/api/orgs',
    {
      config: { access: access.authenticated() },
      schema: {
        tags: ['orgs'],
        summary: '组织列表 Organisations the caller may see',
        querystring: listOrgsQuerySchema,
        response: { 200: z.object({ items: z.array(orgSchema) }), ...errorResponses },
      },
    },
    async (req) => ({ items: await listOrgs(ctx, req.auth!, req.query) }),
  );

  app.post(
    '/api/orgs',
    {
      config: { access: access.platformAdmin() },
      schema: {
        tags: ['orgs'],
        summary: '新建组织 Create an organisation',
        body: createOrgSchema,
        response: { 201: orgSchema, ...errorResponses },
      },
    },
    async (req, reply) => reply.status(201).send(await createOrg(ctx, req.auth!.userId, req.body, req.ip)),
  );

  app.get(
    '/api/orgs/:orgId',
    {
      config: { access: access.orgMember() },
      schema: {
        tags: ['orgs'],
        summary: '组织详情 One organisation',
        params: orgParams,
        response: { 200: orgSchema, ...errorResponses },
      },
    },
    async (req) => getOrg(ctx.db, req.params.orgId),
  );

  app.patch(
    '/api/orgs/:orgId',
    {
      config: { access: access.orgAdmin() },
      schema: {
        tags: ['orgs'],
        summary: '修改组织 Update an organisation (status: platform admin only)',
        params: orgParams,
        body: updateOrgSchema,
        response: { 200: orgSchema, ...errorResponses },
      },
    },
    async (req) => updateOrg(ctx, req.auth!, req.params.orgId, req.body, req.ip),
  );

  app.get(
    '/api/orgs/:orgId/members',
    {
      config: { access: access.orgAdmin() },
      schema: {
        tags: ['orgs'],
        summary: '成员列表 Members and their roles',
        params: orgParams,
        response: { 200: z.object({ items: z.array(memberSchema) }), ...errorResponses },
      },
    },
    async (req) => ({ items: await listMembers(ctx.db, req.params.orgId) }),
  );

  app.get(
    '/api/orgs/:orgId/members/export',
    {
      config: { access: access.orgAdmin() },
      schema: {
        tags: ['orgs'],
        summary: '导出成员 Export members to Excel',
        params: orgParams,
        produces: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
      },
    },
    async (req, reply) => {
      const org = await getOrg(ctx.db, req.params.orgId);
      const members = await listMembers(ctx.db, req.params.orgId);
      const zh = req.lang === 'zh';
      const xlsx = await toXlsx(
        zh ? '成员' : 'Members',
        [
          { header: zh ? '姓名' : 'Name', value: (m) => m.name },
          { header: zh ? '手机号' : 'Mobile', value: (m) => m.mobile },
          { header: zh ? '邮箱' : 'Email', width: 28, value: (m) => m.email },
          { header: zh ? '角色' : 'Role', value: (m) => ROLE_LABELS[m.role][req.lang] },
          { header: zh ? '加入时间' : 'Joined', width: 24, value: (m) => m.createdAt },
        ],
        members,
      );
      const kind = ORG_KIND_LABELS[org.kind][req.lang];
      return sendXlsx(reply, `${org.name}-${kind}-${zh ? '成员' : 'members'}.xlsx`, xlsx);
    },
  );

  app.post(
    '/api/orgs/:orgId/members',
    {
      config: { access: access.orgAdmin() },
      schema: {
        tags: ['orgs'],
        summary: '添加成员角色 Grant a role (invites unregistered people)',
        params: orgParams,
        body: addMemberSchema,
        response: { 201: memberSchema, ...errorResponses },
      },
    },
    async (req, reply) => reply.status(201).send(await addMember(ctx, req.auth!, req.params.orgId, req.body, req.ip)),
  );

  app.delete(
    '/api/orgs/:orgId/members/:membershipId',
    {
      config: { access: access.orgAdmin() },
      schema: {
        tags: ['orgs'],
        summary: '移除成员角色 Revoke a role',
        params: memberParams,
        response: { 200: okSchema, ...errorResponses },
      },
    },
    async (req) => {
      await removeMember(ctx, req.auth!, req.params.orgId, req.params.membershipId, req.ip);
      return { ok: true as const };
    },
  );
}
