/**
 * Every stylesheet starts with the cascade-layer order of src/styles/layers.css, so the order
 * holds whichever stylesheet a page happens to load first.
 */
import { describe, expect, it } from 'vitest';
import cssLayerOrder, { layerOrderStatement } from '../../src/integrations/css-layer-order.ts';

type Transform = (code: string, id: string) => { code: string } | undefined;

function transform(): Transform {
  let plugin: { transform: Transform } | undefined;
  const hook = cssLayerOrder().hooks['astro:config:setup'] as unknown as (options: { updateConfig: (config: { vite: { plugins: { transform: Transform }[] } }) => void }) => void;
  hook({ updateConfig: (config) => (plugin = config.vite.plugins[0]) });
  return plugin!.transform;
}

describe('CSS layer order', () => {
  it('reads the order statement from layers.css, comments aside', () => {
    expect(layerOrderStatement('/* a @layer x; comment */\n@layer reset,\n  base, components;')).toBe('@layer reset, base, components;');
    expect(layerOrderStatement()).toMatch(/^@layer reset, .*components.*;$/);
    expect(() => layerOrderStatement('body { color: red }')).toThrow(/layers\.css/);
  });

  it('puts the statement before component styles that use layers, and leaves other CSS and scripts alone', () => {
    const run = transform();
    const statement = layerOrderStatement();
    const css = '@layer components { .kotak { margin: 0 } }';
    expect(run(css, '/src/components/mdx/Kotak.astro?astro&type=style&index=0&lang.css')?.code).toBe(`${statement}\n${css}`);
    expect(run(css, '/src/styles/base.css')?.code.startsWith(statement)).toBe(true);
    expect(run('.plain { margin: 0 }', '/src/styles/x.css')).toBeUndefined();
    expect(run('const layer = "@layer";', '/src/components/x.ts')).toBeUndefined();
    expect(run(`${statement}\n${css}`, '/src/styles/base.css')).toBeUndefined();
  });
});
