/**
 * Fills the {placeholders} of a UI string: "{count} hasil untuk “{query}”", "{desa} desa dan kelurahan".
 * Numbers are written the Indonesian way (83.762). Plain module, so pages and browser scripts share it.
 */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!(name in values)) return whole;
    const value = values[name];
    return typeof value === 'number' ? value.toLocaleString('id-ID') : value;
  });
}
