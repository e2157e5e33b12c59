/** One page of rows kept in the browser (the lines of a file being imported) and the numbers the table shows under it. */
export function pageRows<Row>(rows: Row[], page: number | undefined, size: number) {
  const totalPages = Math.max(1, Math.ceil(rows.length / size));
  const current = Math.min(Math.max(page ?? 1, 1), totalPages);
  return { items: rows.slice((current - 1) * size, current * size), page: { page: current, totalPages, total: rows.length } };
}
