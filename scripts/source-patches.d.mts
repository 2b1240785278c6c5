// Types of scripts/source-patches.mjs, for the test that bundles with it.
import type { Plugin } from 'esbuild';

/** A patch: the file inside node_modules, the exact text it replaces, and the replacement. */
export interface SourcePatch {
  file: string;
  from: string;
  to: string;
}
/** The patches the build applies. */
export const SOURCE_PATCHES: SourcePatch[];
/** The esbuild plugin that applies them. */
export const sourcePatches: Plugin;
