import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Tests may import the package by name, as integrators do; it resolves to the sources here.
const source = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  resolve: {
    alias: [
      { find: /^onespan-auth-soap\/testing$/, replacement: source('./src/testing/index.ts') },
      { find: /^onespan-auth-soap$/, replacement: source('./src/index.ts') },
    ],
  },
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
