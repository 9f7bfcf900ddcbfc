/**
 * The fixture the layout and controller unit tests run on: 37 invented events with the first edition's shape (its
 * dates, precisions, lanes and title lengths; see tests/fixtures/layout-site/timeline.yaml), so that editing
 * content/ never changes a unit test. Event ids say their order, lane and first day: `e10-diplomacy-2020-11-10`.
 */
export const LAYOUT_SITE = 'tests/fixtures/layout-site';
