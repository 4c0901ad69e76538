// Swedish stop words from stopwords-iso, for Node (the build, the unit tests): JSON modules there
// have a default export only. The browser bundle reads stop-words-browser.ts instead
// (package.json "imports"), so that it carries Swedish alone, not every language's list (≈ 70 KB gzip).
import stopwords from 'stopwords-iso' with { type: 'json' };

export const SWEDISH_STOP_WORDS: readonly string[] = stopwords.sv;
