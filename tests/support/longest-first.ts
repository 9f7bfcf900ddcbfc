import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** Test files that take far longer than the others: atomic-build runs a chain of builds no other file can share. */
const LONGEST = ['tests/build/atomic-build.test.ts'];

/**
 * vitest's order, except that the longest files of each project start first. On a clean clone (CI) vitest has no
 * timings from earlier runs and starts the largest files first; atomic-build then started late and ran alone at the
 * end while the build tier's second worker had nothing left to do.
 */
export class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const isLongest = (spec: TestSpecification) => LONGEST.some((path) => spec.moduleId.endsWith(`/${path}`));
    const projectStart = new Map<string, number>();
    sorted.forEach((spec, i) => {
      if (!projectStart.has(spec.project.name)) projectStart.set(spec.project.name, i);
    });
    const rank = (spec: TestSpecification) => projectStart.get(spec.project.name)! * 2 + (isLongest(spec) ? 0 : 1);
    return sorted
      .map((spec, i) => ({ spec, i }))
      .sort((a, b) => rank(a.spec) - rank(b.spec) || a.i - b.i)
      .map(({ spec }) => spec);
  }
}
