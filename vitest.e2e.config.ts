import './test/support/node-polyfills.ts';
import { defineConfig } from 'vitest/config';

// Browser tests: real Chromium with the built extension (.output/chrome-mv3). Run after `wxt build`.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['test/e2e/**/*.e2e.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false, // one Chromium at a time on a 2-core machine
  },
});
