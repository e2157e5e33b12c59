import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { ErrorResponseRef } from '../http/schemas.ts';

export interface StatusDeps {
  version: string;
  startedAt: number;
  pingDatabase: () => Promise<void>;
}

const StatusBody = Type.Object({
  status: Type.Union([Type.Literal('ok'), Type.Literal('degraded')]),
  version: Type.String(),
  uptime_s: Type.Integer(),
  database: Type.Union([Type.Literal('ok'), Type.Literal('unreachable')]),
});

/** GET /status (api.md 8): public; 503 "degraded" when the database does not answer (or the error envelope while shutting down). */
export function statusRoutes(deps: StatusDeps): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get('/status', {
      schema: { tags: ['status'], summary: 'Health check', response: { 200: StatusBody, 503: Type.Union([StatusBody, ErrorResponseRef]) } },
      handler: async (request, reply) => {
        const databaseOk = await deps.pingDatabase().then(
          () => true,
          (error: unknown) => {
            request.log.error({ err: error }, 'database health check failed');
            return false;
          },
        );
        const uptime_s = Math.floor((Date.now() - deps.startedAt) / 1000);
        return reply.code(databaseOk ? 200 : 503).send({
          status: databaseOk ? 'ok' : 'degraded',
          version: deps.version,
          uptime_s,
          database: databaseOk ? 'ok' : 'unreachable',
        });
      },
    });
  };
}
