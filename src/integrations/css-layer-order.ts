/**
 * Puts the cascade-layer order from src/styles/layers.css at the top of every stylesheet.
 *
 * The browser fixes the order of layers where it first meets them. Astro links a page's
 * stylesheets in bundling order, so a component's CSS (say an MDX box on a lesson) can come
 * before Base.css; its `@layer components` was then declared first, became the weakest layer,
 * and `base` link colours overrode the header's exit button (white on red became blue on red).
 * Repeating the one-line order statement in each file makes the order the same whatever loads
 * first; it costs a few dozen bytes per file.
 */
import fs from 'node:fs';
import type { AstroIntegration } from 'astro';

const LAYERS_FILE = new URL('../styles/layers.css', import.meta.url);

/** The `@layer a, b, c;` statement of layers.css. */
export function layerOrderStatement(css = fs.readFileSync(LAYERS_FILE, 'utf8')): string {
  const statement = css.replace(/\/\*[\s\S]*?\*\//g, '').match(/@layer\s+[\w\s,-]+;/)?.[0];
  if (!statement) throw new Error('src/styles/layers.css: tidak ada pernyataan "@layer …;"');
  return statement.replace(/\s+/g, ' ');
}

/** Stylesheets and Astro <style> blocks, as Vite names them. */
const isStylesheet = (id: string) => /\.css($|\?)/.test(id) || /[?&]type=style/.test(id);

export default function cssLayerOrder(): AstroIntegration {
  const statement = layerOrderStatement();
  return {
    name: 'desa-binaan:css-layer-order',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'desa-binaan:css-layer-order',
                transform(code: string, id: string) {
                  if (!isStylesheet(id) || !code.includes('@layer') || code.trimStart().startsWith(statement)) return undefined;
                  return { code: `${statement}\n${code}`, map: null };
                },
              },
            ],
          },
        });
      },
    },
  };
}
