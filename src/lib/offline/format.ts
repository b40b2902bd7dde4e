/** Sizes as residents read them: "850 kB", "1,2 MB" (decimal units, Indonesian decimal comma). */
export function formatSize(bytes: number): string {
  if (bytes >= 1_000_000) {
    return `${new Intl.NumberFormat('id-ID', { maximumFractionDigits: 1 }).format(bytes / 1_000_000)} MB`;
  }
  return `${new Intl.NumberFormat('id-ID', { maximumFractionDigits: 0 }).format(Math.max(1, Math.round(bytes / 1000)))} kB`;
}

