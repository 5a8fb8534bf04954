// Formatting for the whole tree (`pnpm format` writes, `pnpm check:style` checks). What is not ours
// to format (generated files, test inputs, the seed dataset) is in .prettierignore; .gitignore too.
/** @type {import('prettier').Config} */
export default {
  printWidth: 120,
  singleQuote: true,
  plugins: ['prettier-plugin-astro'],
  overrides: [{ files: '*.astro', options: { parser: 'astro' } }],
};
