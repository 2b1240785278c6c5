// The library side of article, as one bundle (dist/api.js): load an article from bytes, and the
// summarizer's parts. bench/quality.mjs measures through it; tests load it in a fresh process.
export { loadArticle, loadParser, formatOf } from './load.js';
export { summaryInput } from './analyse/article.js';
export { splitSentences } from './analyse/sentences.js';
export { summarize } from './analyse/summary.js';
