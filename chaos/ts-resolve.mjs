// Lets Node run the campaign's TypeScript as it is (no bundling): src/ imports its modules as `./x.js`, as
// NodeNext and ncc want, and this hook resolves such an import from a .ts file to the `./x.ts` beside it when no
// `./x.js` exists. Node 24 strips the types itself (--experimental-transform-types for parameter properties).
import { registerHooks } from 'node:module';

registerHooks({
  resolve(specifier, context, next) {
    try {
      return next(specifier, context);
    } catch (error) {
      if (/^\.{1,2}\//.test(specifier) && specifier.endsWith('.js') && context.parentURL?.endsWith('.ts'))
        return next(`${specifier.slice(0, -3)}.ts`, context);
      throw error;
    }
  },
});
