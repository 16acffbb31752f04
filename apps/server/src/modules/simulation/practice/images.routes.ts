import { SIM_IMAGE_MAX_BYTES, simImageSchema } from '@crossskill/contracts';
import fastifyMultipart from '@fastify/multipart';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../../platform/context.js';
import { type App, AppError, access, errorResponses } from '../../../platform/http/index.js';
import { imageFile, tooLarge, uploadImage } from './images.service.js';

const tags = ['simulation'];
const imageParams = z.strictObject({ imageId: z.uuid() });
const LIMIT_CODES = new Set(['FST_REQ_FILE_TOO_LARGE', 'FST_FILES_LIMIT', 'FST_PARTS_LIMIT']);

export function registerImageRoutes(app: App, ctx: AppContext) {
  app.get(
    '/api/sim/images/:imageId',
    {
      config: { access: access.authenticated() },
      schema: {
        tags,
        summary: '商品图片 An uploaded image (its owner, or staff reviewing the owner’s work)',
        params: imageParams,
      },
    },
    async (req, reply) => {
      const file = await imageFile(ctx, req.auth!, req.params.imageId);
      return reply
        .type(file.mimeType)
        .header('cache-control', 'private, max-age=3600')
        .header('x-content-type-options', 'nosniff')
        .send(file.content);
    },
  );

  // Multipart is accepted by the upload route only.
  app.register(async (plugin) => {
    const scope = plugin.withTypeProvider<ZodTypeProvider>();
    await scope.register(fastifyMultipart, {
      limits: { fileSize: SIM_IMAGE_MAX_BYTES, files: 1, fields: 2, parts: 3 },
    });
    scope.post(
      '/api/sim/images',
      {
        config: { access: access.authenticated() },
        schema: {
          tags,
          summary:
            '上传商品图片 Upload a JPEG or PNG (multipart field "file", ≤ 5 MB); size, white border, fill measured',
          consumes: ['multipart/form-data'],
          response: { 201: simImageSchema, ...errorResponses, 413: errorResponses[400], 415: errorResponses[400] },
        },
      },
      async (req, reply) => {
        if (!req.isMultipart()) throw new AppError('UNSUPPORTED_MEDIA_TYPE');
        let bytes: Buffer;
        try {
          const file = await req.file();
          if (!file) throw new AppError('SIM_IMAGE_UNSUPPORTED');
          bytes = await file.toBuffer();
        } catch (err) {
          if (LIMIT_CODES.has((err as { code?: string }).code ?? '')) throw tooLarge();
          throw err;
        }
        return reply.status(201).send(await uploadImage(ctx, req.auth!, bytes, req.lang));
      },
    );
  });
}
