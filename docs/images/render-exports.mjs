// Renders a ScaleLab .excalidraw export with Excalidraw's own exportToSvg (@excalidraw/utils), or a
// .drawio export with mxGraph (the library draw.io is built on), in headless Chromium, to a PNG.
// Setup and use: docs/exports.md. Serves the files on 127.0.0.1 only (module scripts need HTTP).
import fs from 'fs';
import http from 'http';
import { createRequire } from 'module';
import path from 'path';

// The packages are looked for in ./node_modules, where npm installed them.
const puppeteer = createRequire(path.resolve('node_modules') + '/')('puppeteer');

const [kind, input, output] = process.argv.slice(2);
const root = path.resolve('node_modules');
const server = http.createServer((req, res) => {
  const url = decodeURIComponent(req.url.split('?')[0]);
  if (url === '/page.html') { res.setHeader('Content-Type', 'text/html'); res.end('<!doctype html><html><head><meta charset="utf-8"></head><body style="margin:0;background:#fff"><div id="out"></div></body></html>'); return; }
  if (url === '/input') { res.end(fs.readFileSync(input)); return; }
  const file = path.join(root, url);
  if (!file.startsWith(root) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) { res.statusCode = 404; res.end(); return; }
  const ext = path.extname(file);
  res.setHeader('Content-Type', ext === '.js' || ext === '.mjs' ? 'text/javascript' : ext === '.css' ? 'text/css' : ext === '.woff2' ? 'font/woff2' : 'application/octet-stream');
  fs.createReadStream(file).pipe(res);
});
await new Promise(r => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await puppeteer.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'], headless: 'new' });
try {
  const page = await browser.newPage();
  page.on('console', m => console.error('page:', m.text()));
  page.on('pageerror', e => console.error('page error:', e.message));
  await page.setViewport({ width: 2400, height: 1600, deviceScaleFactor: 1 });
  await page.goto(`${base}/page.html`);
  let size;
  if (kind === 'excalidraw') {
    size = await page.evaluate(async (base) => {
      window.EXCALIDRAW_ASSET_PATH = base + '/@excalidraw/utils/dist/prod/';
      const utils = await import(base + '/@excalidraw/utils/dist/prod/index.js');
      const scene = await (await fetch(base + '/input')).json();
      const svg = await utils.exportToSvg({ data: { elements: scene.elements, appState: { ...scene.appState, exportBackground: true, exportWithDarkMode: false }, files: scene.files || {} }, config: { padding: 20 } });
      document.getElementById('out').appendChild(svg);
      const r = svg.getBoundingClientRect();
      return { width: Math.ceil(r.width), height: Math.ceil(r.height) };
    }, base);
  } else {
    await page.addScriptTag({ content: `window.mxBasePath='${base}/mxgraph/javascript/src'; window.mxLoadResources=false; window.mxLoadStylesheets=false;` });
    await page.addScriptTag({ url: `${base}/mxgraph/javascript/mxClient.min.js` });
    size = await page.evaluate(async (base) => {
      const text = await (await fetch(base + '/input')).text();
      const doc = mxUtils.parseXml(text);
      const model = doc.getElementsByTagName('mxGraphModel')[0];
      const container = document.getElementById('out');
      container.style.position = 'relative';
      container.style.width = '2400px';
      container.style.height = '1600px';
      const graph = new mxGraph(container);
      graph.setHtmlLabels(false);
      new mxCodec(model.ownerDocument).decode(model, graph.getModel());
      const b = graph.getGraphBounds();
      return { width: Math.ceil(b.x + b.width + 40), height: Math.ceil(b.y + b.height + 40) };
    }, base);
  }
  await new Promise(r => setTimeout(r, 500));
  await page.screenshot({ path: output, clip: { x: 0, y: 0, width: Math.min(size.width, 2400), height: Math.min(size.height, 1600) } });
  console.log(`rendered ${size.width}x${size.height}`);
} finally {
  await browser.close();
  server.close();
}
