import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// See README "Permissions" for why each permission is needed.
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'public',
  // SDG_OUT_DIR lets parallel builds (several developers, CI jobs) use separate output folders.
  outDir: process.env.SDG_OUT_DIR ?? '.output',
  // There is no WXT Preact module: add the Preact Vite preset directly.
  vite: () => ({
    plugins: [preact({ devToolsEnabled: false, prefreshEnabled: false })],
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['activeTab', 'storage', 'contextMenus', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    // The PDF reader fetches a PDF from its site; access is asked for per site at the click (lib/pdf/open.ts).
    // (Firefox builds MV2, where optional host access is listed under optional_permissions.)
    ...(browser === 'firefox' ? { optional_permissions: ['http://*/*', 'https://*/*'] } : { optional_host_permissions: ['http://*/*', 'https://*/*'] }),
    commands: {
      'toggle-highlights': {
        suggested_key: { default: 'Alt+Shift+H' },
        description: '__MSG_cmdToggle__',
      },
      'next-reference': {
        suggested_key: { default: 'Alt+Shift+N' },
        description: '__MSG_cmdNext__',
      },
      'previous-reference': {
        suggested_key: { default: 'Alt+Shift+P' },
        description: '__MSG_cmdPrevious__',
      },
      'save-report': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '__MSG_cmdSaveReport__',
      },
    },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'sdg-lens@example.org', strict_min_version: '140.0' } } }
      : {}),
  }),
  zip: {
    excludeSources: ['test/**', '.output/**', '**/*.log', '*.png'],
  },
});
