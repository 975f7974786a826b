/**
 * An invented article with one claim of each type, in this order: a
 * statement and a position from a vague source ("Critics"), an action (type
 * other) and a finding. test/unit/cli/types.test.ts checks that the engine
 * types them so; the integration tests use it for what the editor shows.
 */
export const TYPED_ARTICLE = [
  'Critics said the ferry terminal would not reopen in June.',
  'Critics believe the new timetable will double waiting times.',
  'Judge Alma Tove sentenced the former treasurer, Dag Wennick, to three years in prison.',
  'A survey by the Tollby Institute found that 62% of commuters back the plan.',
].join('\n\n') + '\n';
