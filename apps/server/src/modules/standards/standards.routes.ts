import {
  addStandardNodeSchema,
  createStandardDraftSchema,
  editStandardNodeSchema,
  eligibilityInputSchema,
  eligibilityResultSchema,
  localStandardsSchema,
  moveStandardNodeSchema,
  setStandardWeightsSchema,
  standardDiffSchema,
  standardEditResultSchema,
  standardSearchQuerySchema,
  standardSearchResultSchema,
  standardVersionSchema,
  standardVersionSummarySchema,
  standardWeightsQuerySchema,
  suzhouScoreInputSchema,
  suzhouScoreResultSchema,
  updateStandardDraftSchema,
  weightColumnSchema,
} from '@crossskill/contracts';
import {
  checkEligibility,
  type SuzhouGrade,
  type SuzhouRating,
  scoreEvaluation,
  weightColumnKey,
  weightColumnLabel,
} from '@crossskill/standards';
import { z } from 'zod';
import type { AppContext } from '../../platform/context.js';
import { type App, AppError, access, errorResponses, okSchema } from '../../platform/http/index.js';
import { localStandards } from './local.js';
import {
  changeDraft,
  createDraft,
  diffVersion,
  discardDraft,
  getVersion,
  listVersions,
  publishDraft,
  searchVersion,
  updateDraft,
  versionSnapshot,
} from './standards.service.js';

const versionParams = z.strictObject({ versionId: z.uuid() });
const nodeParams = z.strictObject({ versionId: z.uuid(), nodeId: z.string().min(1).max(100) });
const tags = ['standards'];
const errors422 = { ...errorResponses, 422: errorResponses[409] };

/** "work[0].from: …" → "body.work.0.from"; the rules package names the field at the start of its messages. */
function fieldOfRuleError(message: string): string {
  const m = /^([A-Za-z]+(?:\[\d+\])?(?:\.[A-Za-z]+)?)(?=[:\s])/.exec(message);
  return m ? `body.${m[1]!.replace(/\[(\d+)\]/g, '.$1')}` : 'body';
}

export function registerStandardRoutes(app: App, ctx: AppContext) {
  app.get(
    '/api/standards/versions',
    {
      config: { access: access.public() },
      schema: {
        tags,
        summary: '标准版本列表 Standard versions (published; a platform admin also sees drafts)',
        response: { 200: z.object({ items: z.array(standardVersionSummarySchema) }), ...errorResponses },
      },
    },
    async (req) => ({ items: await listVersions(ctx.db, req.auth) }),
  );

  app.get(
    '/api/standards/versions/:versionId',
    {
      config: { access: access.public() },
      schema: {
        tags,
        summary: '标准版本详情 One standard version with its whole snapshot (drafts: platform admin only)',
        params: versionParams,
        response: { 200: standardVersionSchema, ...errorResponses },
      },
    },
    async (req) => getVersion(ctx.db, req.auth, req.params.versionId),
  );

  app.get(
    '/api/standards/versions/:versionId/search',
    {
      config: { access: access.public() },
      schema: {
        tags,
        summary: '检索标准条目 Search the names and texts of a version (substring, normalised)',
        params: versionParams,
        querystring: standardSearchQuerySchema,
        response: { 200: standardSearchResultSchema, ...errorResponses },
      },
    },
    async (req) => ({
      items: await searchVersion(
        ctx.db,
        req.auth,
        req.params.versionId,
        req.query.q,
        req.query.includeRetired === 'true',
      ),
    }),
  );

  app.get(
    '/api/standards/versions/:versionId/weights',
    {
      config: { access: access.public() },
      schema: {
        tags,
        summary: '权重表 One column of a weight table (theory/skill × level × work type)',
        params: versionParams,
        querystring: standardWeightsQuerySchema,
        response: { 200: weightColumnSchema, ...errorResponses },
      },
    },
    async (req) => {
      const { kind, level, workType } = req.query;
      let key: ReturnType<typeof weightColumnKey>;
      try {
        key = weightColumnKey(level, workType);
      } catch (e) {
        throw new AppError('VALIDATION_FAILED', {
          details: [{ field: 'query.workType', code: 'invalid_value', message: (e as Error).message }],
        });
      }
      const snapshot = await versionSnapshot(ctx.db, req.auth, req.params.versionId);
      const items = snapshot.weights[kind].rows
        .filter((r) => (r.weights[key] ?? 0) > 0)
        .map((r) => ({ item: r.item, weight: r.weights[key]! }));
      return {
        kind,
        level,
        workType: level === 1 ? null : (workType ?? null),
        column: weightColumnLabel(kind, level, workType),
        items,
        total: items.reduce((sum, i) => sum + i.weight, 0),
      };
    },
  );

  app.get(
    '/api/standards/versions/:versionId/diff',
    {
      config: { access: access.public() },
      schema: {
        tags,
        summary: '版本差异 Differences from the base version (added, removed, changed, weights)',
        params: versionParams,
        response: { 200: standardDiffSchema, ...errorResponses },
      },
    },
    async (req) => diffVersion(ctx.db, req.auth, req.params.versionId),
  );

  app.post(
    '/api/standards/versions',
    {
      config: { access: access.platformAdmin() },
      schema: {
        tags,
        summary: '新建标准草稿 Draft a new version from a published one',
        body: createStandardDraftSchema,
        response: { 201: standardVersionSummarySchema, ...errors422 },
      },
    },
    async (req, reply) => reply.status(201).send(await createDraft(ctx, req.auth!, req.body, req.ip)),
  );

  app.patch(
    '/api/standards/versions/:versionId',
    {
      config: { access: access.platformAdmin() },
      schema: {
        tags,
        summary: '修改草稿信息 Update a draft: label, effective date, notes',
        params: versionParams,
        body: updateStandardDraftSchema,
        response: { 200: standardVersionSummarySchema, ...errors422 },
      },
    },
    async (req) => updateDraft(ctx, req.auth!, req.params.versionId, req.body, req.ip),
  );

  app.delete(
    '/api/standards/versions/:versionId',
    {
      config: { access: access.platformAdmin() },
      schema: {
        tags,
        summary: '删除草稿 Discard a draft',
        params: versionParams,
        response: { 200: okSchema, ...errorResponses },
      },
    },
    async (req) => {
      await discardDraft(ctx, req.auth!, req.params.versionId, req.ip);
      return { ok: true as const };
    },
  );

  app.post(
    '/api/standards/versions/:versionId/publish',
    {
      config: { access: access.platformAdmin() },
      schema: {
        tags,
        summary: '发布版本 Publish a draft (needs an effective date; validated; never changes afterwards)',
        params: versionParams,
        response: { 200: standardVersionSummarySchema, ...errors422 },
      },
    },
    async (req) => publishDraft(ctx, req.auth!, req.params.versionId, req.ip),
  );

  app.post(
    '/api/standards/versions/:versionId/nodes',
    {
      config: { access: access.platformAdmin() },
      schema: {
        tags,
        summary: '新增条目 Add a function, work content, skill or knowledge item to a draft',
        params: versionParams,
        body: addStandardNodeSchema,
        response: { 201: standardEditResultSchema, ...errors422 },
      },
    },
    async (req, reply) =>
      reply
        .status(201)
        .send(await changeDraft(ctx, req.auth!, req.params.versionId, { action: 'node.add', node: req.body }, req.ip)),
  );

  app.patch(
    '/api/standards/versions/:versionId/nodes/:nodeId',
    {
      config: { access: access.platformAdmin() },
      schema: {
        tags,
        summary: '修改条目 Edit the text, name, code or work types of a node in a draft',
        params: nodeParams,
        body: editStandardNodeSchema,
        response: { 200: standardEditResultSchema, ...errors422 },
      },
    },
    async (req) =>
      changeDraft(
        ctx,
        req.auth!,
        req.params.versionId,
        { action: 'node.edit', nodeId: req.params.nodeId, changes: req.body },
        req.ip,
      ),
  );

  app.post(
    '/api/standards/versions/:versionId/nodes/:nodeId/move',
    {
      config: { access: access.platformAdmin() },
      schema: {
        tags,
        summary: '移动条目 Move a node to another parent or position (same level; the id stays)',
        params: nodeParams,
        body: moveStandardNodeSchema,
        response: { 200: standardEditResultSchema, ...errors422 },
      },
    },
    async (req) =>
      changeDraft(
        ctx,
        req.auth!,
        req.params.versionId,
        { action: 'node.move', nodeId: req.params.nodeId, target: req.body },
        req.ip,
      ),
  );

  app.post(
    '/api/standards/versions/:versionId/nodes/:nodeId/retire',
    {
      config: { access: access.platformAdmin() },
      schema: {
        tags,
        summary: '停用条目 Retire a node (it and everything under it)',
        params: nodeParams,
        response: { 200: standardEditResultSchema, ...errors422 },
      },
    },
    async (req) =>
      changeDraft(ctx, req.auth!, req.params.versionId, { action: 'node.retire', nodeId: req.params.nodeId }, req.ip),
  );

  app.put(
    '/api/standards/versions/:versionId/weights',
    {
      config: { access: access.platformAdmin() },
      schema: {
        tags,
        summary: '设置权重 Replace one column of a weight table (must sum to 100)',
        params: versionParams,
        body: setStandardWeightsSchema,
        response: { 200: standardEditResultSchema, ...errors422 },
      },
    },
    async (req) =>
      changeDraft(ctx, req.auth!, req.params.versionId, { action: 'weights.set', column: req.body }, req.ip),
  );

  app.post(
    '/api/standards/eligibility',
    {
      config: { access: access.public() },
      schema: {
        tags,
        summary: '申报条件自查 Check the application conditions of a level (003 §1.8)',
        body: eligibilityInputSchema,
        response: { 200: eligibilityResultSchema, ...errorResponses },
      },
    },
    async (req) => {
      try {
        return checkEligibility(req.body);
      } catch (e) {
        if (e instanceof RangeError || e instanceof TypeError) {
          throw new AppError('VALIDATION_FAILED', {
            details: [{ field: fieldOfRuleError(e.message), code: 'invalid_value', message: e.message }],
          });
        }
        throw e;
      }
    },
  );

  app.post(
    '/api/standards/evaluations/score',
    {
      config: { access: access.authenticated() },
      schema: {
        tags,
        summary: '苏州能力评价计分 Score a Suzhou (004) evaluation form',
        body: suzhouScoreInputSchema,
        response: { 200: suzhouScoreResultSchema, ...errorResponses },
      },
    },
    async (req) => {
      try {
        return scoreEvaluation({
          category: req.body.category,
          grade: req.body.grade as SuzhouGrade,
          ratings: req.body.ratings as Record<string, SuzhouRating>,
        });
      } catch (e) {
        if (e instanceof RangeError || e instanceof TypeError) {
          throw new AppError('EVALUATION_INPUT_INVALID', {
            params: { reason: e.message },
            details: [{ field: 'body', code: 'EVALUATION_INPUT_INVALID', message: e.message }],
          });
        }
        throw e;
      }
    },
  );

  app.get(
    '/api/standards/local',
    {
      config: { access: access.public() },
      schema: {
        tags,
        summary: '地方标准数据 Xuzhou, Suzhou and Shenzhen standards: forms, course outlines, categories',
        response: { 200: localStandardsSchema },
      },
    },
    async (_req, reply) => {
      reply.header('cache-control', 'public, max-age=300');
      return localStandards();
    },
  );
}
