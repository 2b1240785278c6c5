// Types of scripts/lazy-packages.mjs, for the tests that bundle with it.
import type { Plugin } from 'esbuild';

/** How a package is loaded on first use: its own bundle (dist/cli/<bundle>.cjs) or the package itself (null), and the functions it gives. */
export interface LazyPackage {
  bundle: string | null;
  functions: string[];
}
/** Packages the CLI imports but seldom calls. */
export const LAZY_PACKAGES: Record<string, LazyPackage>;
/** The entries of LAZY_PACKAGES that get a bundle of their own. */
export const BUNDLED_LAZILY: [string, LazyPackage][];
/** What a stand-in requires at run time. */
export function lazyTarget(name: string): string;
/** The esbuild plugin that gives the project's own copy of each package its stand-in. */
export function lazyPackages(root: string): Plugin;
