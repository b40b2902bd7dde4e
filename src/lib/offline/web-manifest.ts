/**
 * The web app manifest (/manifest.webmanifest): what a phone shows when the site is added to the
 * home screen. Name and description come from content/situs.yaml, so another office's site
 * carries its own name.
 */

/** The brand colour, --color-brand in src/styles/props.css (a unit test keeps the two equal). */
export const THEME_COLOUR = '#0b4f8a';
/** The page background, --color-bg in src/styles/props.css: the splash screen while the site opens. */
export const BACKGROUND_COLOUR = '#ffffff';

export interface WebManifestInput {
  /** The site's name (situs.yaml `nama`). */
  name: string;
  /** Under the icon, where a launcher has room for about 12 characters. */
  shortName: string;
  description: string;
}

export function webManifest({ name, shortName, description }: WebManifestInput) {
  return {
    name,
    short_name: shortName,
    description,
    lang: 'id',
    dir: 'ltr',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    theme_color: THEME_COLOUR,
    background_color: BACKGROUND_COLOUR,
    icons: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      { src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
    ],
  };
}
