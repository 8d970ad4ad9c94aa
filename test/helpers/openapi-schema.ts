/** Checks a value against a schema of the served OpenAPI document, with ajv's errors as the failure message. */
import { Ajv2020 } from 'ajv/dist/2020.js';
import { expect } from 'vitest';
import { OPENAPI_DOCUMENT } from '../../server/rest/openapi.js';

export const openApiSchemas = new Ajv2020({ strict: false });
openApiSchemas.addSchema({ $id: 'openapi', components: OPENAPI_DOCUMENT.components });

export function expectOpenApiSchema(schema: string, value: unknown): void {
  const validate = openApiSchemas.getSchema(`openapi#/components/schemas/${schema}`)!;
  expect(validate(value), JSON.stringify(validate.errors)).toBe(true);
}
