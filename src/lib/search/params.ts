/**
 * The search page's address and its query parameters: shared by the header form, the search
 * page and its script, so a link like /cari/?q=paspor&jenis=Langkah means the same everywhere.
 */
export const SEARCH_PATH = '/cari/';

/**
 * sessionStorage: the words the header search box hands to /cari/ when JavaScript runs, so they
 * never appear in an address (and so never in the browser's history). Read once and removed.
 */
export const SEARCH_HANDOFF_KEY = 'desa-binaan:cari';

/** Hands the words to /cari/; false when storage is blocked (then the form submits them in the address). */
export function handOverQuery(query: string): boolean {
  try {
    sessionStorage.setItem(SEARCH_HANDOFF_KEY, query);
    return true;
  } catch {
    return false;
  }
}

/** The words handed over by the header box, removed as they are read ('' when none). */
export function takeHandedOverQuery(): string {
  try {
    const query = sessionStorage.getItem(SEARCH_HANDOFF_KEY) ?? '';
    sessionStorage.removeItem(SEARCH_HANDOFF_KEY);
    return query.trim();
  } catch {
    return '';
  }
}

/** The kinds of page a result can be, as written in each page's `jenis` filter. */
export const PAGE_KINDS = ['Pelajaran', 'Langkah', 'Desa', 'Kontak'] as const;
export type PageKind = (typeof PAGE_KINDS)[number];

/** The Pagefind filters the search page offers, in the order shown; each is also a URL parameter. */
export const FILTER_NAMES = ['jenis', 'topik', 'kecamatan'] as const;
export type FilterName = (typeof FILTER_NAMES)[number];

/**
 * A kecamatan's value in the `kecamatan` filter: its name, and where the area spans more than one
 * kabupaten also its kabupaten ("Koba (Kabupaten Bangka Tengah)"), because kecamatan names repeat
 * across Indonesia and one value must mean one kecamatan. The pages and /cari/'s list use this.
 */
export function districtFilterValue(district: { nama: string; kabupaten: string }, multiRegency: boolean): string {
  return multiRegency ? `${district.nama} (${district.kabupaten})` : district.nama;
}

export interface SearchRequest {
  query: string;
  filters: Partial<Record<FilterName, string>>;
}

/** Reads ?q=…&jenis=…&topik=…&kecamatan=… (empty values are ignored). */
export function readSearchParams(params: URLSearchParams): SearchRequest {
  const filters: SearchRequest['filters'] = {};
  for (const name of FILTER_NAMES) {
    const value = params.get(name)?.trim();
    if (value) filters[name] = value;
  }
  return { query: (params.get('q') ?? '').trim(), filters };
}

/** The query string for a request, without empty values: "?q=paspor&jenis=Langkah" or "". */
export function writeSearchParams(request: SearchRequest): string {
  const params = new URLSearchParams();
  if (request.query) params.set('q', request.query);
  for (const name of FILTER_NAMES) {
    const value = request.filters[name];
    if (value) params.set(name, value);
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}
