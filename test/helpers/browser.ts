export { launchChromium, CHROMIUM } from '../../scripts/lib/browser.ts';
