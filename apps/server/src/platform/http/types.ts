import type {
  FastifyBaseLogger,
  FastifyInstance,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Access, AuthContext } from './access.js';
import type { Lang } from './i18n.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
    /** Counted by the per-IP limiter of the authentication routes. */
    authRateLimit?: boolean;
  }
  interface FastifyRequest {
    auth: AuthContext | null;
    lang: Lang;
  }
}

export type App = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;

export interface RegisteredRoute {
  method: string;
  url: string;
  access: Access;
}
