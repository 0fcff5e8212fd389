/**
 * Renders assets/icon.svg to the PNG sizes the manifest uses (16, 32, 64, 80) with Debian's
 * Chromium. Run after editing the SVG: node scripts/render-icons.cjs
 */
const fs = require("fs");
const path = require("path");
const { launchChromium } = require("./chromium.cjs");

(async () => {
  const svg = fs.readFileSync(path.join(__dirname, "..", "assets", "icon.svg"), "utf8");
  const browser = await launchChromium();
  for (const size of [16, 32, 64, 80]) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(
      `<html><body style="margin:0;background:transparent">${svg.replace("<svg ", `<svg width="${size}" height="${size}" `)}</body></html>`,
    );
    await page.screenshot({ path: path.join(__dirname, "..", "assets", `icon-${size}.png`), omitBackground: true });
    await page.close();
  }
  await browser.close();
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
