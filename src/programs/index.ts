/** The external programs gongkai runs, one module each: LibreOffice and Chromium, through one runner. */
export { CHROMIUM_FLAGS, CHROMIUM_NAMES, chromiumPrint, chromiumSought, findChromium } from './chromium.js';
export { firstLine, notInstalled, runProgram, timedOut, whichProgram } from './run.js';
export { sofficeArgs, sofficeCommand, sofficeConvert } from './soffice.js';
