// puppeteer must not download a browser: the tests drive the system Chromium.
const fs = require('node:fs');
const systemChromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
module.exports = {
  skipDownload: true,
  ...(fs.existsSync(systemChromium) ? { executablePath: systemChromium } : {}),
};
