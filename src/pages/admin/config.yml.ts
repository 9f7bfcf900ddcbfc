import type { APIRoute } from 'astro';
import * as yaml from 'js-yaml';
import { getSiteData } from '../../data/site-data.ts';
import { cmsBackendFrom, cmsConfig } from '../../lib/cms/cms-config.ts';

// The web editor's configuration, generated from the content schemas, timeline.yaml's lanes and places.yaml (see
// src/lib/cms/cms-config.ts). The backend comes from CMS_BACKEND, CMS_REPO and CMS_BRANCH at build time;
// CMS_LOCAL_BACKEND_URL moves the local decap-server from its default http://localhost:8081.
export const GET: APIRoute = async () => {
  const { config, timeline } = await getSiteData();
  const localBackendUrl = process.env['CMS_LOCAL_BACKEND_URL'] || undefined;
  const cms = cmsConfig({
    lanes: config.lanes,
    places: timeline.places,
    backend: cmsBackendFrom(process.env),
    ...(localBackendUrl === undefined ? {} : { localBackendUrl }),
  });
  const text = `# Written by the build from src/lib/load/content-schemas.ts, timeline.yaml and places.yaml: do not edit.\n${yaml.dump(cms, { lineWidth: -1 })}`;
  return new Response(text, { headers: { 'content-type': 'text/yaml; charset=utf-8' } });
};
