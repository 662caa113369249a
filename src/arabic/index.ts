export * from './normalize.js';
export * from './tokens.js';
export * from './clitics.js';
export * from './sentences.js';
export * from './stem.js';
export * from './translit.js';
export * from "./language.js";
export * from "./search-form.js";
