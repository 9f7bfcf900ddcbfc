import { defineCollection } from 'astro:content';
import { timelineLoader } from './integrations/timeline-loader.ts';

// All three collections come from one content folder through src/lib/load (see timeline-loader.ts).
export const collections = {
  events: defineCollection({ loader: timelineLoader('events') }),
  articles: defineCollection({ loader: timelineLoader('articles') }),
  timeline: defineCollection({ loader: timelineLoader('config') }),
};
