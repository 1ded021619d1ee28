/**
 * The manifest's zod schemas (`social-directory/core/schema`), for those who validate with zod
 * themselves or print the manifest as JSON Schema (`z.toJSONSchema(Manifest, { io: 'input' })`).
 * Their types are zod's, so this entry follows zod's major version; `social-directory/core`
 * has the same manifest types without zod in them, and validates with `validateManifest`.
 * @module
 */
// The update file's schema (`social-directory schema --update`) is one more of them.
export {
  Audience,
  Channel,
  Department,
  Manifest,
  NetworkIdSchema,
  Organization,
  Person,
  PersonField,
  Profile,
  Topic,
} from './manifest/schema.js';
export { manifestErrorMap } from './manifest/issues.js';
export { Update } from './update.js';
