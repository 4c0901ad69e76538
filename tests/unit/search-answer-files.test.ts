import { test } from 'node:test';
import assert from 'node:assert/strict';
import { answerFile } from '../../src/lib/search/answer-files.ts';

test("an answer's file is named by its kind and its anchor in ASCII", () => {
  assert.equal(answerFile('term', 'behovsanalys'), 'ord-behovsanalys.json');
  assert.equal(answerFile('faq', 'får-förbundet-driva-insatser-själv'), 'fraga-far-forbundet-driva-insatser-sjalv.json');
  assert.equal(answerFile('faq', 'vad-är-esf?-(och-esf+)'), 'fraga-vad-ar-esf-och-esf.json');
});
