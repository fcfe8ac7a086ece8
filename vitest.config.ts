import './test/support/node-polyfills.ts';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Unit tests: pure core with plain strings; DOM helpers under happy-dom; fake IndexedDB.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    environment: 'happy-dom',
    setupFiles: ['fake-indexeddb/auto'],
    include: ['test/unit/**/*.test.{ts,tsx}'],
  },
});
