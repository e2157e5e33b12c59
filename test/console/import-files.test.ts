import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseCatalogFile } from '../../src/catalog/catalog.file.ts';
import { IMPORT_FIELDS, REQUIRED_IMPORT_FIELDS } from '../../src/catalog/catalog.import-fields.ts';
import { CATALOG_COLUMNS, catalogFormatOf, parseCatalogText, REQUIRED_CATALOG_COLUMNS } from '../../web/console/src/import-files.ts';

test("the console reads catalog files as the CLI does: the store's columns, records, line numbers and file problems", () => {
  assert.deepEqual([...CATALOG_COLUMNS], IMPORT_FIELDS);
  assert.deepEqual([...REQUIRED_CATALOG_COLUMNS], REQUIRED_IMPORT_FIELDS);
  const files: [string, 'csv' | 'json'][] = [
    ['name,category,country,currency,description\r\nA,Gift,USA,USD,"two\nlines"\r\nB,Gift,USA,USD,x,extra\nC,Gift,USA,USD\n', 'csv'],
    ['name,category,colour\nA,Gift,red\n', 'csv'],
    ['', 'csv'],
    ['\uFEFFname,category,country,currency\n"unclosed,Gift,USA,USD\n', 'csv'],
    ['[\n  {"name": "A"},\n  {\n    "name": "B"\n  }\n]', 'json'],
    ['[\n {"name": "A"},\n {"name" "B"}\n]', 'json'],
    ['{"products": []}', 'json'],
  ];
  for (const [text, format] of files) assert.deepEqual(parseCatalogText(text, format), parseCatalogFile(text, format), JSON.stringify(text));
});

test('the format of a catalog file: its extension, else its text', () => {
  assert.equal(catalogFormatOf('catalog.JSON', 'name'), 'json');
  assert.equal(catalogFormatOf('catalog.csv', '[]'), 'csv');
  assert.equal(catalogFormatOf('catalog.txt', '\uFEFF  [{"name": "A"}]'), 'json');
  assert.equal(catalogFormatOf('catalog', 'name,category'), 'csv');
});
