// Swedish stop words from stopwords-iso for the browser: Vite turns the JSON's languages into named
// exports and leaves every other language out of the bundle. Node has no such exports: see stop-words.ts.
import { sv } from 'stopwords-iso';

export const SWEDISH_STOP_WORDS: readonly string[] = sv;
