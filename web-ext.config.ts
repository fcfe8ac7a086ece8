import { defineWebExtConfig } from 'wxt';
// Headless machines have no display: `wxt` (dev) must not try to open a browser.
export default defineWebExtConfig({ disabled: true });
