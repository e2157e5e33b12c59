import { protectCsvCell } from '../../src/shared/csv-cells.ts';

/** RFC 4180 CSV of rows (the keys of the first row are the header); cells that could start a formula are quoted with a leading apostrophe. */
export function toCsv(rows: Record<string, unknown>[]): string {
  if (rows.length === 0) return '';
  const headers = Object.keys(rows[0]!);
  const cell = (value: unknown) => {
    const text = protectCsvCell(value === null || value === undefined ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value));
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return [headers.join(','), ...rows.map((row) => headers.map((header) => cell(row[header])).join(','))].join('\r\n') + '\r\n';
}

export function downloadFile(name: string, content: string, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  URL.revokeObjectURL(url);
}
