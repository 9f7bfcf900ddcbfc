import { decapBundleRoute } from '../../../site-build/decap-bundle.ts';

// Decap CMS's .wasm files, for /admin/ only (see src/site-build/decap-bundle.ts).
const route = decapBundleRoute('wasm');
export const getStaticPaths = route.paths;
export const GET = route.get;
