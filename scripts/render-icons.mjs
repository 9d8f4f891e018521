// Renders icons/icon.svg to the PNG sizes the manifest names, with headless Chromium.
// Run by hand after changing the SVG (`node scripts/render-icons.mjs`); the PNGs are committed.
import fs from 'node:fs';
import { chromium } from 'playwright-core';

const SIZES = [16, 32, 48, 128];
const svg = fs.readFileSync('icons/icon.svg', 'utf8');
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
const page = await browser.newPage();
for (const size of SIZES) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}svg{width:${size}px;height:${size}px;display:block}</style>${svg}`,
  );
  await page.screenshot({ path: `icons/icon-${size}.png`, omitBackground: true });
}
await browser.close();
console.log(`rendered ${SIZES.map((s) => `icon-${s}.png`).join(' ')}`);
