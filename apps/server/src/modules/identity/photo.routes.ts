import { PHOTO_MAX_BYTES, PHOTO_MIME_TYPES, userPhotoInfoSchema } from '@crossskill/contracts';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../platform/context.js';
import { type App, AppError, access, errorResponses, okSchema } from '../../platform/http/index.js';
import { deletePhoto, loadPhoto, photoInfo, savePhoto } from './photo.service.js';

const tags = ['auth'];
const errors = { ...errorResponses, 413: errorResponses[400], 415: errorResponses[400] };

/** The user's own ID photo (证件照), printed on certificates: PUT the raw JPEG/PNG bytes, GET, DELETE. */
export function registerPhotoRoutes(app: App, ctx: AppContext) {
  app.get(
    '/api/me/photo',
    {
      config: { access: access.authenticated() },
      schema: { tags, summary: '我的证件照 My ID photo (the image; 404 when none)' },
    },
    async (req, reply) => {
      const photo = await loadPhoto(ctx, req.auth!.userId);
      return reply
        .type(photo.mime)
        .header('cache-control', 'private, no-cache')
        .header('x-content-type-options', 'nosniff')
        .send(Buffer.from(photo.content));
    },
  );

  app.get(
    '/api/me/photo/info',
    {
      config: { access: access.authenticated() },
      schema: {
        tags,
        summary: '证件照信息 Type, size and date of my ID photo (404 when none)',
        response: { 200: userPhotoInfoSchema, ...errors },
      },
    },
    async (req) => photoInfo(ctx, req.auth!.userId),
  );

  app.delete(
    '/api/me/photo',
    {
      config: { access: access.authenticated() },
      schema: {
        tags,
        summary: '删除证件照 Delete my ID photo (issued certificates keep theirs)',
        response: { 200: okSchema, ...errors },
      },
    },
    async (req) => {
      await deletePhoto(ctx, req.auth!.userId, req.ip ?? null);
      return { ok: true as const };
    },
  );

  // Raw image bodies are accepted by the upload route only.
  app.register(async (plugin) => {
    const scope = plugin.withTypeProvider<ZodTypeProvider>();
    scope.addContentTypeParser(
      [...PHOTO_MIME_TYPES],
      { parseAs: 'buffer', bodyLimit: PHOTO_MAX_BYTES },
      (_req, body, done) => done(null, body),
    );
    scope.put(
      '/api/me/photo',
      {
        config: { access: access.authenticated() },
        bodyLimit: PHOTO_MAX_BYTES,
        schema: {
          tags,
          summary:
            '上传证件照 Upload my ID photo: the raw JPEG or PNG as the body (Content-Type image/jpeg|png, ≤ 2 MB)',
          consumes: [...PHOTO_MIME_TYPES],
          response: { 200: userPhotoInfoSchema, ...errors },
        },
      },
      async (req) => {
        if (!Buffer.isBuffer(req.body)) throw new AppError('PHOTO_INVALID');
        return savePhoto(ctx, req.auth!.userId, req.body, req.ip ?? null);
      },
    );
  });
}
