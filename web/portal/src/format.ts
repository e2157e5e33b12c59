export const amount = (value: number, currency: string) =>
  `${value.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 4 })} ${currency}`;

export const time = (value: string | null | undefined) => (value ? value.replace('T', ' ').replace('Z', ' UTC') : '—');
