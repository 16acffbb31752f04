import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify from 'fastify';
import { jsonSchemaTransform, serializerCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from '../config.js';
import { type AuthResolver, allows } from './access.js';
import { CSRF_COOKIE, CSRF_HEADER, SESSION_COOKIE } from './cookies.js';
import { handleError } from './error-handler.js';
import { AppError } from './errors.js';
import { requestLang } from './i18n.js';
import { RateLimiter } from './rate-limit.js';
import type { App, RegisteredRoute } from './types.js';
import { zodValidatorCompiler } from './validation.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** Routes the docs plugin adds; public by nature. */
const DOCS_PREFIX = '/api/docs';

export interface HttpOptions {
  config: Config;
  auth: AuthResolver;
}

/** The Fastify instance with the platform's cross-cutting behaviour; modules add their routes to it. */
export async function createHttpApp({ config, auth }: HttpOptions): Promise<{ app: App; routes: RegisteredRoute[] }> {
  const app = Fastify({
    logger: {
      level: config.logLevel,
      redact: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
      // JSON lines for machines; readable lines for a person at a terminal during development.
      ...(config.prettyLogs ? { transport: { target: 'pino-pretty', options: { translateTime: 'HH:MM:ss' } } } : {}),
    },
    bodyLimit: config.bodyLimit,
    // Errors the router raises before any route runs (bad URL encoding, over-long parameters).
    frameworkErrors: (error, request, reply) => handleError(error, request, reply),
    trustProxy:
      typeof config.trustProxy === 'number'
        ? (_address: string, hop: number) => hop < (config.trustProxy as number)
        : config.trustProxy,
    requestIdHeader: false,
    genReqId: (req) => {
      const incoming = req.headers['x-request-id'];
      return typeof incoming === 'string' && /^[\w-]{8,64}$/.test(incoming) ? incoming : crypto.randomUUID();
    },
    ajv: undefined,
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(zodValidatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(handleError);
  app.decorateRequest('auth', null);
  app.decorateRequest('lang', 'zh');

  const routes: RegisteredRoute[] = [];
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/')) return;
    if (route.url.startsWith(DOCS_PREFIX)) {
      route.config = { ...(route.config ?? {}), access: { kind: 'public' } };
      return;
    }
    const rule = route.config?.access;
    if (!rule) throw new Error(`Route ${route.method} ${route.url} declares no access rule (deny by default)`);
    for (const method of [route.method].flat()) {
      if (method !== 'HEAD') routes.push({ method, url: route.url, access: rule });
    }
  });

  await app.register(fastifyCookie);
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'CrossSkill API',
        description: '跨境电商人才培训与职业技能评价平台 API. Errors: `{ error: { code, message, details } }`.',
        version: '0.1.0',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE },
          bearer: { type: 'http', scheme: 'bearer' },
        },
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: DOCS_PREFIX });

  const authLimiter = new RateLimiter(config.authRateLimitPerMinute);

  app.addHook('onRequest', async (request, reply) => {
    request.lang = requestLang(request);
    reply.header('x-request-id', request.id);
    const rule = request.routeOptions.config.access;
    if (!rule) return; // not an API route: static files and the 404 handler

    if (request.routeOptions.config.authRateLimit) {
      const wait = authLimiter.hit(`${request.ip}:${request.routeOptions.url}`);
      if (wait > 0) {
        reply.header('retry-after', String(wait));
        throw new AppError('RATE_LIMITED');
      }
    }

    const bearer = request.headers.authorization?.match(/^Bearer\s+(\S+)$/i)?.[1];
    const cookieToken = request.cookies[SESSION_COOKIE];
    if (bearer) request.auth = await auth.resolve(bearer, 'bearer');
    else if (cookieToken) request.auth = await auth.resolve(cookieToken, 'cookie');

    if (rule.kind === 'public') return;
    if (!request.auth) throw new AppError('UNAUTHENTICATED');
    const orgId = (request.params as Record<string, string | undefined>).orgId;
    if (!allows(rule, request.auth, orgId)) throw new AppError('FORBIDDEN');
    if (request.auth.via === 'cookie' && !SAFE_METHODS.has(request.method)) {
      const header = request.headers[CSRF_HEADER];
      const cookie = request.cookies[CSRF_COOKIE];
      if (!cookie || typeof header !== 'string' || header !== cookie) throw new AppError('CSRF_TOKEN_INVALID');
    }
  });

  app.get('/api/openapi.json', { config: { access: { kind: 'public' } }, schema: { hide: true } }, async () =>
    app.swagger(),
  );

  const indexHtml = path.join(config.webDistDir, 'index.html');
  const examHtml = path.join(config.webDistDir, 'exam.html');
  const serveWeb = config.serveWeb && fs.existsSync(indexHtml);
  if (serveWeb) {
    // wildcard: files are looked up per request, so a rebuilt web app is served without a restart.
    await app.register(fastifyStatic, {
      root: config.webDistDir,
      wildcard: true,
      index: 'index.html',
      // The web build writes .br/.gz next to each asset (apps/web/scripts/compress-dist.mjs): sent when accepted.
      preCompressed: true,
      cacheControl: false,
      // Hashed bundles never change; the page itself must always be revalidated.
      setHeaders: (res, filePath) => {
        const immutable = filePath.includes(`${path.sep}assets${path.sep}`);
        res.setHeader('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
  } else if (config.serveWeb) {
    app.log.warn({ dir: config.webDistDir }, 'web app not built; run `npm run build` to serve the UI');
  }
  app.setNotFoundHandler((request, reply) => {
    const isAsset = request.url.startsWith('/assets/');
    if (
      request.url.startsWith('/api/') ||
      request.url === '/api' ||
      isAsset ||
      !serveWeb ||
      (request.method !== 'GET' && request.method !== 'HEAD')
    ) {
      return handleError(new AppError('ROUTE_NOT_FOUND'), request, reply);
    }
    // The candidate's exam page is a separate light entry of the web build (exam.html): /exam and /exam/<attemptId>.
    const pathname = request.url.split('?')[0] ?? '';
    if ((pathname === '/exam' || pathname.startsWith('/exam/')) && fs.existsSync(examHtml)) {
      return reply.type('text/html').header('cache-control', 'no-cache').sendFile('exam.html');
    }
    // The single-page app routes everything else in the browser.
    return reply.type('text/html').header('cache-control', 'no-cache').sendFile('index.html');
  });

  return { app, routes };
}
