import path from 'node:path';
import { defineConfig } from 'vite';

// The embeddable <sdg-profile> widget: a separate Vite library build, one self-contained file per
// format (IIFE for a plain <script>, ES module beside it). Plain DOM, no framework: see
// widget/element.ts. Output in $SDG_OUT_DIR/widget (default .output/widget), like the extension.
export default defineConfig({
  publicDir: false,
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    outDir: path.join(process.env.SDG_OUT_DIR ?? '.output', 'widget'),
    emptyOutDir: true,
    minify: true,
    target: 'es2022',
    rolldownOptions: { output: { minify: true } }, // Vite 8: also minify the ES build
    lib: {
      entry: 'widget/index.ts',
      name: 'SdgProfile',
      formats: ['iife', 'es'],
      fileName: (format) => (format === 'iife' ? 'sdg-profile.js' : 'sdg-profile.mjs'),
    },
  },
});
