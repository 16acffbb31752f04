import {
  adminUserSchema,
  changePasswordSchema,
  loginBodySchema,
  loginResponseSchema,
  meSchema,
  passwordResetConfirmSchema,
  passwordResetRequestSchema,
  registerBodySchema,
  sessionSchema,
  updateProfileSchema,
  userSchema,
} from '@crossskill/contracts';
import { z } from 'zod';
import type { AppContext } from '../../platform/context.js';
import { randomToken } from '../../platform/crypto.js';
import {
  type App,
  AppError,
  access,
  clearSessionCookies,
  errorResponses,
  idParams,
  okSchema,
  setSessionCookies,
} from '../../platform/http/index.js';
import { recordAudit } from '../audit/index.js';
import { registerUser, updateProfile } from './accounts.service.js';
import { listUsers, unlockUser } from './admin-users.service.js';
import { changePassword, confirmPasswordReset, login, requestPasswordReset } from './auth.service.js';
import { registerPhotoRoutes } from './photo.routes.js';
import { listSessions, revokeSession } from './sessions.service.js';
import { findUserById, loadMe, toUserDto } from './users.repo.js';

const authRoute = { access: access.public(), authRateLimit: true };

export function registerIdentityRoutes(app: App, ctx: AppContext) {
  app.post(
    '/api/auth/register',
    {
      config: authRoute,
      schema: {
        tags: ['auth'],
        summary: '注册 Register an account',
        body: registerBodySchema,
        response: { 201: z.object({ user: userSchema }), ...errorResponses },
      },
    },
    async (req, reply) => {
      const user = await registerUser(ctx, req.body, req.ip);
      return reply.status(201).send({ user: toUserDto(user, { self: true }) });
    },
  );

  app.post(
    '/api/auth/login',
    {
      config: authRoute,
      schema: {
        tags: ['auth'],
        summary: '登录 Log in with mobile or email and password',
        description: 'client "web" sets the session and CSRF cookies; client "app" returns a bearer token.',
        body: loginBodySchema,
        response: { 200: loginResponseSchema, ...errorResponses },
      },
    },
    async (req, reply) => {
      const { user, session } = await login(ctx, {
        ...req.body,
        ip: req.ip,
        userAgent: req.headers['user-agent'],
      });
      const me = await loadMe(ctx.db, user);
      if (req.body.client === 'app') {
        return { ...me, token: session.token, expiresAt: session.expiresAt.toISOString() };
      }
      setSessionCookies(reply, {
        token: session.token,
        csrf: randomToken(24),
        expiresAt: session.expiresAt,
        secure: ctx.config.cookieSecure,
      });
      return { ...me, expiresAt: session.expiresAt.toISOString() };
    },
  );

  app.post(
    '/api/auth/logout',
    {
      config: { access: access.authenticated() },
      schema: { tags: ['auth'], summary: '退出登录 Log out (ends this session)', response: { 200: okSchema } },
    },
    async (req, reply) => {
      const auth = req.auth!;
      await ctx.db.transaction(async (tx) => {
        await revokeSession(tx, auth.userId, auth.sessionId);
        await recordAudit(tx, {
          event: 'auth.logout',
          actorUserId: auth.userId,
          subjectUserId: auth.userId,
          ip: req.ip,
        });
      });
      clearSessionCookies(reply);
      return { ok: true as const };
    },
  );

  app.post(
    '/api/auth/password-reset/request',
    {
      config: authRoute,
      schema: {
        tags: ['auth'],
        summary: '找回密码：发送验证码 Send a password reset code',
        description: 'Answers 202 whether or not the account exists.',
        body: passwordResetRequestSchema,
        response: { 202: okSchema, ...errorResponses },
      },
    },
    async (req, reply) => {
      await requestPasswordReset(ctx, req.body.account, req.ip);
      return reply.status(202).send({ ok: true as const });
    },
  );

  app.post(
    '/api/auth/password-reset/confirm',
    {
      config: authRoute,
      schema: {
        tags: ['auth'],
        summary: '找回密码：设置新密码 Set a new password with the code',
        body: passwordResetConfirmSchema,
        response: { 200: okSchema, ...errorResponses },
      },
    },
    async (req) => {
      await confirmPasswordReset(ctx, req.body, req.ip);
      return { ok: true as const };
    },
  );

  app.get(
    '/api/me',
    {
      config: { access: access.authenticated() },
      schema: {
        tags: ['me'],
        summary: '当前用户 The caller, their memberships and roles',
        response: { 200: meSchema, ...errorResponses },
      },
    },
    async (req) => {
      const user = await findUserById(ctx.db, req.auth!.userId);
      if (!user) throw new AppError('UNAUTHENTICATED');
      return loadMe(ctx.db, user);
    },
  );

  app.patch(
    '/api/me',
    {
      config: { access: access.authenticated() },
      schema: {
        tags: ['me'],
        summary: '修改个人资料 Update name, mobile, email, ID number',
        body: updateProfileSchema,
        response: { 200: meSchema, ...errorResponses },
      },
    },
    async (req) => {
      const user = await updateProfile(ctx, req.auth!.userId, req.body, req.ip);
      return loadMe(ctx.db, user);
    },
  );

  app.post(
    '/api/me/password',
    {
      config: { access: access.authenticated(), authRateLimit: true },
      schema: {
        tags: ['me'],
        summary: '修改密码 Change password (other sessions end)',
        body: changePasswordSchema,
        response: { 200: okSchema, ...errorResponses },
      },
    },
    async (req) => {
      await changePassword(ctx, req.auth!.userId, req.auth!.sessionId, req.body, req.ip);
      return { ok: true as const };
    },
  );

  app.get(
    '/api/me/sessions',
    {
      config: { access: access.authenticated() },
      schema: {
        tags: ['me'],
        summary: '登录设备 The caller’s active sessions',
        response: { 200: z.object({ items: z.array(sessionSchema) }), ...errorResponses },
      },
    },
    async (req) => ({ items: await listSessions(ctx.db, req.auth!.userId, req.auth!.sessionId) }),
  );

  app.delete(
    '/api/me/sessions/:sessionId',
    {
      config: { access: access.authenticated() },
      schema: {
        tags: ['me'],
        summary: '下线设备 Revoke one of the caller’s sessions',
        params: idParams('sessionId'),
        response: { 200: okSchema, ...errorResponses },
      },
    },
    async (req) => {
      const auth = req.auth!;
      const { sessionId } = req.params as { sessionId: string };
      await ctx.db.transaction(async (tx) => {
        await revokeSession(tx, auth.userId, sessionId);
        await recordAudit(tx, {
          event: 'auth.session_revoked',
          actorUserId: auth.userId,
          subjectUserId: auth.userId,
          ip: req.ip,
          details: { sessionId },
        });
      });
      return { ok: true as const };
    },
  );

  app.get(
    '/api/admin/users',
    {
      config: { access: access.platformAdmin() },
      schema: {
        tags: ['admin'],
        summary: '用户管理 All users, searchable',
        querystring: z.strictObject({
          q: z.string().trim().max(100).optional(),
          page: z.coerce.number().int().min(1).default(1),
          pageSize: z.coerce.number().int().min(1).max(200).default(20),
        }),
        response: { 200: z.object({ items: z.array(adminUserSchema), total: z.number() }), ...errorResponses },
      },
    },
    async (req) => listUsers(ctx, req.query),
  );

  app.post(
    '/api/admin/users/:userId/unlock',
    {
      config: { access: access.platformAdmin() },
      schema: {
        tags: ['admin'],
        summary: '解除锁定 Lift a login lockout',
        params: idParams('userId'),
        response: { 200: okSchema, ...errorResponses },
      },
    },
    async (req) => {
      await unlockUser(ctx, req.auth!.userId, (req.params as { userId: string }).userId, req.ip);
      return { ok: true as const };
    },
  );

  registerPhotoRoutes(app, ctx);
}
