import { useMutation } from '@tanstack/react-query';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { useState } from 'react';
import { adminApi, unwrap } from '../../../shared/api.ts';
import { downloadFile } from '../../../shared/csv.ts';
import { Button } from '../../../shared/ui/button.tsx';
import { TextField } from '../../../shared/ui/field.tsx';
import { ErrorNotice, Notice } from '../../../shared/ui/states.tsx';
import { PageHeader } from '../layout.tsx';
import { useRefreshCatalog } from '../catalog-data.ts';
import { badLines, importCatalog, type CatalogImportReport, type Progress } from '../imports.ts';
import type { ReadFile } from '../import-files.ts';
import { integer } from '../search.ts';
import { CatalogTabs } from './catalog-tabs.tsx';
import { errorLines, ImportProgress, LineOutcomes, outcomeFilter, type LineOutcome, type OutcomeFilter } from './import-lines.tsx';

export interface CatalogImportSearch {
  outcome?: OutcomeFilter;
  page?: number;
}

export const catalogImportSearch = (search: Record<string, unknown>): CatalogImportSearch => ({
  outcome: outcomeFilter(search.outcome),
  page: integer(search.page),
});

interface Preview {
  fileName: string;
  file: ReadFile;
  lines: LineOutcome[];
  report: CatalogImportReport | null;
}

const plural = (count: number, one: string) => `${count.toLocaleString('en-US')} ${one}${count === 1 ? '' : 's'}`;

/**
 * Checks a catalog file with a dry run: the outcome of every line. Bad lines come back as one
 * error each and nothing else; the good lines are then checked alone to show what they would do.
 */
async function preview(fileName: string, file: ReadFile, onProgress: (progress: Progress) => void): Promise<Preview> {
  const problems = [...file.errors];
  let records = file.records;
  let report: CatalogImportReport | null = null;
  while (records.length > 0 && report === null) {
    try {
      report = await importCatalog({ records, dry_run: true }, onProgress);
    } catch (error) {
      const bad = badLines(error);
      if (!bad) throw error;
      problems.push(...bad);
      const badSet = new Set(bad.map((line) => line.line));
      const rest = records.filter((record) => !badSet.has(record.line));
      if (rest.length === records.length) break;
      records = rest;
    }
  }
  const outcomes: LineOutcome[] = (report?.products ?? []).map((product) => ({
    line: product.line,
    outcome: product.action,
    product: product.name,
    message:
      product.action === 'created'
        ? 'a new product'
        : product.action === 'updated'
          ? `changes product ${product.product_id}`
          : `product ${product.product_id} already says so`,
  }));
  return { fileName, file, lines: [...errorLines(problems), ...outcomes], report: problems.length ? null : report };
}

/** The bulk import (a dry run first, then the import) and the export of the whole catalog. */
export function CatalogImportPage() {
  const search = useSearch({ from: '/app/catalog/import' });
  const navigate = useNavigate({ from: '/catalog/import' });
  const [progress, setProgress] = useState<Progress | null>(null);
  const [done, setDone] = useState<CatalogImportReport | null>(null);
  const refresh = useRefreshCatalog();
  const check = useMutation({
    mutationFn: async (chosen: File) => {
      setProgress(null);
      setDone(null);
      const [text, files] = await Promise.all([chosen.text(), import('../import-files.ts')]);
      const file = files.parseCatalogText(text, files.catalogFormatOf(chosen.name, text));
      return preview(chosen.name, file, setProgress);
    },
    onSuccess: () => navigate({ search: {}, replace: true }),
  });
  const write = useMutation({
    mutationFn: (records: ReadFile['records']) => {
      setProgress(null);
      return importCatalog({ records }, setProgress);
    },
    onSuccess: async (report) => {
      setDone(report);
      check.reset();
      await refresh();
    },
  });
  const checked = check.data;
  const errors = checked?.lines.filter((line) => line.outcome === 'error').length ?? 0;
  const running = check.isPending || write.isPending;

  return (
    <>
      <PageHeader title="Catalog" />
      <CatalogTabs />
      <section aria-labelledby="import" className="space-y-4">
        <h2 id="import" className="text-lg font-semibold">
          Import products
        </h2>
        <p className="max-w-3xl text-sm text-slate-600">
          A CSV or JSON file in the layout of the export: a product per line (or array element), created, or changed when its id or name matches.
          Every line is checked first and nothing is written until you import; a file with any bad line is not imported at all.
        </p>
        <div className="max-w-md">
          <TextField
            label="Catalog file"
            type="file"
            accept=".csv,.json,text/csv,application/json"
            disabled={running}
            onChange={(event) => {
              const chosen = event.target.files?.[0];
              if (chosen) check.mutate(chosen);
              event.target.value = '';
            }}
          />
        </div>
        {running && <ImportProgress progress={progress} unit="products" />}
        {check.isError && <ErrorNotice error={check.error} />}
        {write.isError && <ErrorNotice error={write.error} />}
        {done && (
          <Notice>
            Imported: {plural(done.created, 'product')} created, {done.updated} updated, {done.unchanged} unchanged
            {done.categories_created.length > 0 && `; new categories ${done.categories_created.join(', ')}`}
            {done.subcategories_created.length > 0 && `; new subcategories ${done.subcategories_created.join(', ')}`}.{' '}
            <Link to="/catalog" className="font-medium underline">
              See the products
            </Link>
          </Notice>
        )}
        {checked && (
          <div className="space-y-3">
            {errors > 0 ? (
              <div role="alert" className="rounded-lg border border-red-300 bg-red-50 px-4 py-3 text-sm text-red-900">
                {checked.fileName}: {plural(errors, 'line')} {errors === 1 ? 'has an error' : 'have errors'}. Nothing can be imported until the file
                is fixed; the other lines show what they would do.
              </div>
            ) : checked.report ? (
              <div role="status" className="rounded-lg border border-slate-200 bg-white px-4 py-3 text-sm">
                {checked.fileName}: every line is good. Importing it creates {plural(checked.report.created, 'product')}, updates{' '}
                {checked.report.updated} and leaves {checked.report.unchanged} unchanged
                {checked.report.categories_created.length > 0 && `; it creates the categories ${checked.report.categories_created.join(', ')}`}
                {checked.report.subcategories_created.length > 0 && `; and the subcategories ${checked.report.subcategories_created.join(', ')}`}.
              </div>
            ) : (
              <p role="status">{checked.fileName} has no products.</p>
            )}
            <div className="flex gap-2">
              <Button onClick={() => write.mutate(checked.file.records)} disabled={errors > 0 || !checked.report || running}>
                Import
              </Button>
              <Button variant="secondary" onClick={() => check.reset()} disabled={running}>
                Discard
              </Button>
            </div>
            {checked.lines.length > 0 && (
              <LineOutcomes
                caption={`Lines of ${checked.fileName}`}
                lines={checked.lines}
                outcome={search.outcome}
                page={search.page}
                onFilter={(patch) => navigate({ search: patch, replace: true })}
                exportName="catalog-import-preview"
              />
            )}
          </div>
        )}
      </section>
      <CatalogExport />
    </>
  );
}

/** The whole catalog as the file the import reads back (GET /admin/v1/catalog/export). */
function CatalogExport() {
  const [ids, setIds] = useState(true);
  const download = useMutation({
    mutationFn: (format: 'csv' | 'json') =>
      unwrap(adminApi.GET('/admin/v1/catalog/export', { params: { query: { format, ids: ids ? 'true' : 'false' } } })),
    onSuccess: (exported) => downloadFile(`catalog.${exported.format}`, exported.file, exported.format === 'csv' ? 'text/csv' : 'application/json'),
  });
  return (
    <section aria-labelledby="export" className="space-y-3">
      <h2 id="export" className="text-lg font-semibold">
        Export the catalog
      </h2>
      <p className="max-w-3xl text-sm text-slate-600">
        Every product, inactive and demo ones included, with its face values: the layout of the import, so importing the file back changes nothing.
      </p>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" checked={ids} onChange={(event) => setIds(event.target.checked)} />
        Include product IDs (leave out to import into another store)
      </label>
      <div className="flex gap-2">
        <Button variant="secondary" onClick={() => download.mutate('csv')} disabled={download.isPending}>
          Download catalog as CSV
        </Button>
        <Button variant="secondary" onClick={() => download.mutate('json')} disabled={download.isPending}>
          Download catalog as JSON
        </Button>
      </div>
      {download.isError && <ErrorNotice error={download.error} />}
    </section>
  );
}
