/** A bar chart with its numbers as a table for screen readers (and anyone who wants the figures). */
export function BarChart({ title, bars, unit }: { title: string; bars: { label: string; value: number }[]; unit: string }) {
  const max = Math.max(1, ...bars.map((bar) => bar.value));
  return (
    <figure className="rounded-lg border border-slate-200 bg-white p-4">
      <figcaption className="mb-3 text-sm font-medium text-slate-700">{title}</figcaption>
      {bars.every((bar) => bar.value === 0) ? (
        <p className="text-sm text-slate-500">Nothing in this period</p>
      ) : (
        <>
          <div aria-hidden="true" className="flex h-32 items-end gap-1">
            {bars.map((bar, index) => (
              <div key={index} className="flex h-full flex-1 flex-col items-center justify-end" title={`${bar.label}: ${bar.value}`}>
                <div className="w-full rounded-t bg-blue-600" style={{ height: `${(bar.value / max) * 100}%` }} />
              </div>
            ))}
          </div>
          <table className="sr-only">
            <caption>{title}</caption>
            <thead>
              <tr>
                <th scope="col">Period</th>
                <th scope="col">{unit}</th>
              </tr>
            </thead>
            <tbody>
              {bars.map((bar, index) => (
                <tr key={index}>
                  <td>{bar.label}</td>
                  <td>{bar.value}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </figure>
  );
}
