// Cross-format suite, `w3m -dump` form: the text browser run on each template's HTML (see suite.ts).
import { crossformatSuite } from './suite.js';
import { hasW3m } from './cases.js';

crossformatSuite('w3m', hasW3m, 'w3m is not installed (.ci/run installs it)');
