// Cross-format suite, browser innerText form: the committed Chromium renderings (see suite.ts, browser.test.ts).
import { crossformatSuite } from './suite.js';
import { innerTextsPresent } from './cases.js';

crossformatSuite('innertext', innerTextsPresent(), 'innerText fixtures missing: run CROSSFORMAT_WRITE=1 npx vitest run test/crossformat/browser.test.ts');
