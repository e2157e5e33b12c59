import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button } from '../../../shared/ui/button.tsx';
import { TextField } from '../../../shared/ui/field.tsx';
import { ErrorNotice, Notice } from '../../../shared/ui/states.tsx';
import { badLines, importCodes, type InventoryImportReport, type Progress } from '../imports.ts';
import type { ReadFile } from '../import-files.ts';
import { errorLines, ImportProgress, LineOutcomes, type LineOutcome, type OutcomeFilter } from './import-lines.tsx';
import { ProductValueFields, type ProductValue } from './product-value.tsx';

interface Checked {
  fileName: string;
  file: ReadFile;
  target: ProductValue;
  /** The store's dry run, when every line is good. */
  report: InventoryImportReport | null;
  problems: LineOutcome[];
}

const plural = (count: number, one: string) => `${count.toLocaleString('en-US')} ${one}${count === 1 ? '' : 's'}`;

/**
 * Voucher codes from a CSV file: read here, checked by the store (a dry run) for the product and
 * face value, then imported, with a progress bar. The codes are never shown: the preview says how
 * many there are and which lines have problems.
 */
export function InventoryImport() {
  const queryClient = useQueryClient();
  const [target, setTarget] = useState<ProductValue>({ productId: '', value: '' });
  const [progress, setProgress] = useState<Progress | null>(null);
  const [view, setView] = useState<{ outcome?: OutcomeFilter; page?: number }>({});
  const [done, setDone] = useState<InventoryImportReport | null>(null);
  const body = (checked: { file: ReadFile; fileName: string; target: ProductValue }, dryRun: boolean) => ({
    product_id: Number(checked.target.productId),
    denomination: Number(checked.target.value),
    records: checked.file.records,
    dry_run: dryRun,
    source: checked.fileName.slice(0, 200),
  });
  const check = useMutation({
    mutationFn: async (chosen: File): Promise<Checked> => {
      setProgress(null);
      setDone(null);
      setView({});
      const [text, files] = await Promise.all([chosen.text(), import('../import-files.ts')]);
      const file = files.parseInventoryCsv(text);
      const checked = { fileName: chosen.name, file, target };
      if (file.records.length === 0) return { ...checked, report: null, problems: errorLines(file.errors) };
      try {
        const report = await importCodes(body(checked, true), setProgress);
        return { ...checked, report: file.errors.length ? null : report, problems: errorLines(file.errors) };
      } catch (error) {
        const bad = badLines(error);
        if (!bad) throw error;
        return { ...checked, report: null, problems: errorLines(file.errors, bad) };
      }
    },
  });
  const write = useMutation({
    mutationFn: (checked: Checked) => {
      setProgress(null);
      return importCodes(body(checked, false), setProgress);
    },
    onSuccess: async (report) => {
      setDone(report);
      check.reset();
      await queryClient.invalidateQueries({ queryKey: ['stock'] });
    },
  });
  const checked = check.data;
  const running = check.isPending || write.isPending;
  const ready = Boolean(target.productId && target.value);

  return (
    <section aria-labelledby="import-codes" className="space-y-4">
      <h2 id="import-codes" className="text-lg font-semibold">
        Import voucher codes
      </h2>
      <p className="max-w-3xl text-sm text-slate-600">
        A CSV file with a header line naming its columns (code, pin, claim_url, expires_at, serial), one voucher per line, for one product and face
        value. Every line is checked first; a file with any bad line is not imported at all. Codes are never shown here.
      </p>
      <div className="grid max-w-3xl grid-cols-1 gap-3 md:grid-cols-3">
        <ProductValueFields
          choice={target}
          disabled={running}
          onChange={(next) => {
            setTarget(next);
            check.reset();
          }}
        />
        <TextField
          label="Codes file"
          type="file"
          accept=".csv,text/csv"
          disabled={running || !ready}
          hint={ready ? undefined : 'Choose the product and face value first'}
          onChange={(event) => {
            const chosen = event.target.files?.[0];
            if (chosen) check.mutate(chosen);
            event.target.value = '';
          }}
        />
      </div>
      {running && <ImportProgress progress={progress} unit="codes" />}
      {check.isError && <ErrorNotice error={check.error} />}
      {write.isError && <ErrorNotice error={write.error} />}
      {done && (
        <Notice>
          Imported {plural(done.imported, 'code')} of {done.product_name}, face value {done.denomination} (batch {done.batch_id}); {done.available}{' '}
          available now.
        </Notice>
      )}
      {checked && (
        <div className="space-y-3">
          <dl className="grid max-w-3xl grid-cols-[10rem_1fr] gap-y-1 rounded-lg border border-slate-200 bg-white p-4 text-sm">
            <dt className="text-slate-500">File</dt>
            <dd>{checked.fileName}</dd>
            <dt className="text-slate-500">Vouchers</dt>
            <dd>{plural(checked.file.records.length, 'line')} with a voucher</dd>
            {checked.report && (
              <>
                <dt className="text-slate-500">Product</dt>
                <dd>
                  {checked.report.product_name} (#{checked.report.product_id}), face value {checked.report.denomination}
                </dd>
                <dt className="text-slate-500">Stock afterwards</dt>
                <dd>{checked.report.available} available</dd>
              </>
            )}
            <dt className="text-slate-500">Problems</dt>
            <dd>{checked.problems.length ? plural(checked.problems.length, 'line') : 'none'}</dd>
          </dl>
          {checked.report && checked.report.supplier !== 'inventory' && (
            <p role="status" className="rounded-md bg-amber-50 p-3 text-sm text-amber-900">
              {checked.report.product_name} is fulfilled by the {checked.report.supplier} supplier: codes in stock are handed out only while its
              supplier is inventory.
            </p>
          )}
          {checked.problems.length > 0 && (
            <p role="alert" className="rounded-lg border border-red-300 bg-red-50 px-4 py-3 text-sm text-red-900">
              {plural(checked.problems.length, 'problem')} in {checked.fileName}: nothing can be imported until the file is fixed.
            </p>
          )}
          <div className="flex gap-2">
            <Button onClick={() => write.mutate(checked)} disabled={!checked.report || running}>
              Import codes
            </Button>
            <Button variant="secondary" onClick={() => check.reset()} disabled={running}>
              Discard
            </Button>
          </div>
          {checked.problems.length > 0 && (
            <LineOutcomes
              caption={`Problems of ${checked.fileName}`}
              lines={checked.problems}
              outcome={view.outcome}
              page={view.page}
              onFilter={setView}
              exportName="codes-import-problems"
            />
          )}
        </div>
      )}
    </section>
  );
}
