// Small statistics for benchmark tables: medians and spreads, never pass/fail.

export interface Summary {
  n: number;
  median: number;
  p25: number;
  p75: number;
  min: number;
  max: number;
}

function quantile(sorted: number[], q: number): number {
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (position - low);
}

export function summarize(samples: number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    n: sorted.length,
    median: quantile(sorted, 0.5),
    p25: quantile(sorted, 0.25),
    p75: quantile(sorted, 0.75),
    min: sorted[0]!,
    max: sorted[sorted.length - 1]!,
  };
}

export function ms(value: number): string {
  return `${value.toFixed(1)} ms`;
}

export function spread(summary: Summary): string {
  return `${summary.p25.toFixed(1)}–${summary.p75.toFixed(1)} (min ${summary.min.toFixed(1)}, max ${summary.max.toFixed(1)})`;
}
