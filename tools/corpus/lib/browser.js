'use strict';
// ONE long-lived headless Chromium for every HTML layout; nothing leaves the machine: requests for
// the CSS frameworks themes link from CDNs are answered from node_modules, every other external
// request is blocked so a theme that fetches fonts cannot hang the run.
const fs = require('fs');
const path = require('path');
const puppeteer = require('puppeteer-core');

const LOCAL = [
  [/bootstrap(\.min)?\.css/, 'bootstrap/dist/css/bootstrap.min.css', 'text/css'],
  [/font-awesome(\.min)?\.css|fontawesome.*\.css|font-awesome\/[\d.]+\/css\/all(\.min)?\.css/, 'font-awesome/css/font-awesome.min.css', 'text/css'],
  [/fontawesome-webfont\.woff2/, 'font-awesome/fonts/fontawesome-webfont.woff2', 'font/woff2'],
  [/fontawesome-webfont\.woff(\?|$)/, 'font-awesome/fonts/fontawesome-webfont.woff', 'font/woff'],
];
const NM = path.join(__dirname, '..', 'node_modules');

let browserPromise;
function browser() {
  if (!browserPromise) {
    browserPromise = puppeteer.launch({
      executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
        '--disable-sync', '--no-first-run', '--disable-dev-shm-usage', '--font-render-hinting=none'],
    });
  }
  return browserPromise;
}

async function newPage() {
  const b = await browser();
  const page = await b.newPage();
  await page.setRequestInterception(true);
  page.on('request', (req) => {
    const url = req.url();
    if (url.startsWith('data:') || url.startsWith('about:')) return req.continue();
    for (const [re, file, type] of LOCAL) {
      if (re.test(url)) return req.respond({ status: 200, contentType: type, body: fs.readFileSync(path.join(NM, file)) });
    }
    return req.abort('blockedbyclient');
  });
  return page;
}

// Pages are reused: a new page per document costs more than the document.
const idle = [];
async function acquire() {
  const page = idle.pop() || (await newPage());
  await page.emulateMediaType('print');
  return page;
}
function release(page) { idle.push(page); }

async function shutdown() {
  idle.length = 0;
  if (browserPromise) { const b = await browserPromise; browserPromise = null; await b.close(); }
}

module.exports = { newPage, acquire, release, shutdown };
