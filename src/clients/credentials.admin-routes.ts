import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { errors } from '../shared/errors.ts';
import type { ApiCredentialsService } from '../auth/api-credentials.service.ts';
import { adminCredentialSchemas as schemas, apiCredentialView, CREATE_CREDENTIAL_MESSAGE, issuedCredentialView } from './credentials.schemas.ts';

/** Both path ids of /clients/:id/credentials/:credentialId: decimal digits, else 400 naming which. */
async function decimalPathIds(request: FastifyRequest): Promise<void> {
  const params = (request.params ?? {}) as Record<string, unknown>;
  for (const [name, message] of [
    ['id', 'Invalid client ID'],
    ['credentialId', 'Invalid credential ID'],
  ] as const) {
    const value = params[name];
    const valid = typeof value === 'string' && /^[0-9]{1,10}$/.test(value) && Number(value) >= 1 && Number(value) <= 2_147_483_647;
    if (value !== undefined && !valid) throw errors.badRequest(message);
  }
}

/** /admin/v1/clients/:id/credentials: the operator's side of a client's API credentials, audited as the operator. */
export function credentialsAdminRoutes(deps: {
  credentials: ApiCredentialsService;
  authenticateOperator: (request: FastifyRequest) => Promise<void>;
}): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.addHook('onRequest', deps.authenticateOperator);
    app.addHook('preValidation', decimalPathIds);
    const by = (request: FastifyRequest) => ({ actor: request.operatorActor!, audit: 'operator' as const });
    const config = { paramsMessage: 'Invalid client ID' };

    app.get('/clients/:id/credentials', { schema: schemas.list, config }, async (request) =>
      (await deps.credentials.listForOperator(request.params.id)).map(apiCredentialView),
    );
    app.post(
      '/clients/:id/credentials',
      { schema: schemas.create, config: { ...config, validationMessage: CREATE_CREDENTIAL_MESSAGE } },
      async (request, reply) => {
        const issued = await deps.credentials.createForOperator(request.params.id, request.body.name, by(request));
        return reply.code(201).header('cache-control', 'no-store').send(issuedCredentialView(issued));
      },
    );
    app.post('/clients/:id/credentials/:credentialId/revoke', { schema: schemas.revoke, config }, async (request) =>
      apiCredentialView(await deps.credentials.revokeForOperator(request.params.id, request.params.credentialId, by(request))),
    );
  };
}
