// Cross-format suite, HTML form: each template's HTML of each page version (see suite.ts).
import { crossformatSuite } from './suite.js';

crossformatSuite('html', true);
