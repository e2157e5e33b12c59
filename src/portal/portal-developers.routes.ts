import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { toRfc3339 } from '../shared/dates.ts';
import { scopeOf } from '../auth/client-scope.ts';
import type { ApiCredentialsService } from '../auth/api-credentials.service.ts';
import type { AllowlistEditor, KnownAddress } from '../clients/allowlist-editor.ts';
import { apiCredentialView, CREATE_CREDENTIAL_MESSAGE, issuedCredentialView } from '../clients/credentials.schemas.ts';
import { portalSessionOf } from './portal-auth.ts';
import { ALLOWLIST_MESSAGE, schemas } from './portal-developers.schemas.ts';
import type { PortalRouteKit } from './portal-route-kit.ts';

const knownView = (known: KnownAddress) => ({
  ...known,
  credentials: known.credentials.map((credential) => ({ ...credential, last_used_at: toRfc3339(credential.last_used_at) })),
});

/** The portal's Developers page: the client's API credentials and its IP allowlist (docs/portal.md). */
export function developersRoutes(
  deps: { credentials: ApiCredentialsService; allowlist: AllowlistEditor },
  kit: PortalRouteKit,
): FastifyPluginAsyncTypebox {
  return async (app) => {
    const by = (request: FastifyRequest) => ({ actor: `client_user:${portalSessionOf(request).userId}`, audit: 'portal' as const });

    app.get('/credentials', { schema: schemas.credentials, config: { permission: 'credentials.read' } }, async (request) =>
      (await deps.credentials.listForClient(scopeOf(request))).map(apiCredentialView),
    );
    app.post(
      '/credentials',
      { schema: schemas.createCredential, config: { permission: 'credentials.manage', validationMessage: CREATE_CREDENTIAL_MESSAGE } },
      async (request, reply) => {
        const issued = await deps.credentials.createForClient(scopeOf(request), request.body.name, by(request));
        kit.noStore(reply);
        return reply.code(201).send(issuedCredentialView(issued));
      },
    );
    app.post(
      '/credentials/:id/revoke',
      { schema: schemas.revokeCredential, config: { permission: 'credentials.manage', paramsMessage: 'Invalid credential ID' } },
      async (request) => apiCredentialView(await deps.credentials.revokeForClient(scopeOf(request), request.params.id, by(request))),
    );

    const allowlistView = async (request: FastifyRequest) => {
      const view = await deps.allowlist.view(scopeOf(request), request.ip);
      return { ...view, known_addresses: view.known_addresses.map(knownView) };
    };
    app.get('/ip-allowlist', { schema: schemas.allowlist, config: { permission: 'credentials.read' } }, allowlistView);
    app.post(
      '/ip-allowlist/preview',
      { schema: schemas.previewAllowlist, config: { permission: 'credentials.manage', validationMessage: ALLOWLIST_MESSAGE } },
      async (request) => {
        const preview = await deps.allowlist.preview(scopeOf(request), request.body.entries, request.ip);
        return { entries: preview.entries, refused: preview.refused.map(knownView) };
      },
    );
    app.put(
      '/ip-allowlist',
      { schema: schemas.replaceAllowlist, config: { permission: 'credentials.manage', validationMessage: ALLOWLIST_MESSAGE } },
      async (request) => {
        const options = { callerIp: request.ip, confirm: request.body.confirm === true, actor: by(request).actor };
        const view = await deps.allowlist.replace(scopeOf(request), request.body.entries, options);
        return { ...view, known_addresses: view.known_addresses.map(knownView) };
      },
    );
  };
}
