import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import type { CurrencyRecord, ReferenceService } from './reference.service.ts';
import { currencyItem } from './reference.service.ts';
import { decimalPathId } from '../http/path-id.ts';
import { sendOptionalPage } from '../http/pagination.ts';
import { adminSchemas as schemas, readCategoryList, readSubcategoryList } from './reference.schemas.ts';

const currencyView = (currency: CurrencyRecord) => ({
  ...currencyItem(currency),
  numeric_code: currency.numeric_code,
  active: currency.active,
});

/**
 * /admin/v1/{countries,currencies,categories,subcategories} — the operator's side of the
 * reference data: every write is audit-logged and reaches every process.
 */
export function referenceAdminRoutes(deps: {
  reference: ReferenceService;
  authenticateOperator: (request: FastifyRequest) => Promise<void>;
}): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.addHook('onRequest', deps.authenticateOperator);
    app.addHook('preValidation', decimalPathId);
    const service = (request: FastifyRequest) => deps.reference.as(request.operatorActor!);
    const country = { paramsMessage: 'Invalid country ID' };
    const currency = { paramsMessage: 'Invalid currency ID' };
    const category = { paramsMessage: 'Invalid category ID' };
    const subcategory = { paramsMessage: 'Invalid subcategory ID' };

    app.get('/countries', { schema: schemas.countries.list }, async (request) => service(request).listCountries());
    app.post('/countries/:id/activate', { schema: schemas.countries.activate, config: country }, async (request) =>
      service(request).setCountryActive(request.params.id, true),
    );
    app.post('/countries/:id/deactivate', { schema: schemas.countries.deactivate, config: country }, async (request) =>
      service(request).setCountryActive(request.params.id, false),
    );

    app.get('/currencies', { schema: schemas.currencies.list }, async (request) => (await service(request).listCurrencies()).map(currencyView));
    app.post('/currencies/:id/activate', { schema: schemas.currencies.activate, config: currency }, async (request) =>
      currencyView(await service(request).setCurrencyActive(request.params.id, true)),
    );
    app.post('/currencies/:id/deactivate', { schema: schemas.currencies.deactivate, config: currency }, async (request) =>
      currencyView(await service(request).setCurrencyActive(request.params.id, false)),
    );

    app.get('/categories', { schema: schemas.categories.list }, async (request, reply) => {
      const { filter, request: list } = readCategoryList(request.query);
      return sendOptionalPage(reply, await service(request).listCategoriesPage(filter, list));
    });
    app.get('/categories/:id', { schema: schemas.categories.show, config: category }, async (request) =>
      service(request).getCategory(request.params.id),
    );
    app.post('/categories', { schema: schemas.categories.create }, async (request, reply) =>
      reply.code(201).send(await service(request).createCategory(request.body)),
    );
    app.patch('/categories/:id', { schema: schemas.categories.update, config: category }, async (request) =>
      service(request).updateCategory(request.params.id, request.body),
    );
    app.post('/categories/:id/activate', { schema: schemas.categories.activate, config: category }, async (request) =>
      service(request).setCategoryActive(request.params.id, true),
    );
    app.post('/categories/:id/deactivate', { schema: schemas.categories.deactivate, config: category }, async (request) =>
      service(request).setCategoryActive(request.params.id, false),
    );

    app.get('/subcategories', { schema: schemas.subcategories.list }, async (request, reply) => {
      const { filter, request: list } = readSubcategoryList(request.query);
      return sendOptionalPage(reply, await service(request).listSubcategoriesPage(filter, list));
    });
    app.get('/subcategories/:id', { schema: schemas.subcategories.show, config: subcategory }, async (request) =>
      service(request).getSubcategory(request.params.id),
    );
    app.post('/subcategories', { schema: schemas.subcategories.create }, async (request, reply) =>
      reply.code(201).send(
        await service(request).createSubcategory({
          categoryId: request.body.category_id,
          name: request.body.name,
          active: request.body.active,
        }),
      ),
    );
    app.patch('/subcategories/:id', { schema: schemas.subcategories.update, config: subcategory }, async (request) =>
      service(request).updateSubcategory(request.params.id, request.body),
    );
    app.post('/subcategories/:id/activate', { schema: schemas.subcategories.activate, config: subcategory }, async (request) =>
      service(request).setSubcategoryActive(request.params.id, true),
    );
    app.post('/subcategories/:id/deactivate', { schema: schemas.subcategories.deactivate, config: subcategory }, async (request) =>
      service(request).setSubcategoryActive(request.params.id, false),
    );
  };
}
