import type { MiddlewareHandler } from 'astro';
import { testFault } from './test-fault.ts';

// TEST ONLY (see test-fault.ts): added to the build only when TIMELINE_TEST_FAULT names the `page` stage. Static
// pages pass through middleware as they are generated, so the third one stops the build with some pages written.
let seen = 0;

export const onRequest: MiddlewareHandler = async (_context, next) => {
  seen += 1;
  if (seen === 3) await testFault('page');
  return next();
};
