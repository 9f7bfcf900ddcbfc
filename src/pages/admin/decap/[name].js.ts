import { decapBundleRoute } from '../../../site-build/decap-bundle.ts';

// Decap CMS's .js files, for /admin/ only (see src/site-build/decap-bundle.ts).
const route = decapBundleRoute('js');
export const getStaticPaths = route.paths;
export const GET = route.get;
