/**
 * Packaging: `npm pack` gives a package whose `dref` works after `npm install -g` into a clean
 * prefix, with the database prebuilt inside and no dev dependency. Installs from the registry and
 * compiles better-sqlite3, so it takes a minute or two.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/catalog-model.js';
import { tempDir } from '../helpers/temp-database.js';

describe('the npm package', () => {
  it('installs globally into a clean prefix and answers a search from its prebuilt database', () => {
    const dir = tempDir('dref-pack-');
    // --ignore-scripts: `npm test` has built dist/ and data/dref.db already.
    execFileSync('npm', ['pack', '--ignore-scripts', '--pack-destination', dir], { cwd: ROOT, stdio: 'pipe' });
    const tarball = readdirSync(dir).find((f) => f.endsWith('.tgz'))!;
    const prefix = join(dir, 'prefix');
    const install = spawnSync('npm', ['install', '-g', '--prefix', prefix, join(dir, tarball), '--allow-scripts=better-sqlite3', '--no-audit', '--no-fund'], { encoding: 'utf8', timeout: 480_000 });
    expect(install.status, install.stderr).toBe(0);
    const installed = join(prefix, 'lib', 'node_modules', 'dref');
    expect(existsSync(join(installed, 'data', 'dref.db'))).toBe(true);
    expect(existsSync(join(installed, 'node_modules', 'vitest'))).toBe(false);
    const run = spawnSync(join(prefix, 'bin', 'dref'), ['search', 'restart'], { encoding: 'utf8', env: { ...process.env, DREF_DB: '', HOME: dir } });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout.split('\n')[0]).toBe('docker restart  [command]');

    // And through npx, with an empty npm cache of its own. HOME stays, so npm reads the user's config (a machine without
    // access to GitHub's prebuilt binaries builds better-sqlite3 with its `nodedir`); dref's own cache goes to a fresh folder.
    const npx = spawnSync('npx', ['--yes', '--allow-scripts=better-sqlite3', '--package', join(dir, tarball), '--', 'dref', 'search', 'healthcheck'], {
      encoding: 'utf8', timeout: 480_000, cwd: dir,
      env: { ...process.env, DREF_DB: '', XDG_CACHE_HOME: join(dir, 'cache'), npm_config_cache: join(dir, 'npm-cache') },
    });
    expect(npx.status, npx.stderr).toBe(0);
    expect(npx.stdout.split('\n')[0]).toBe('HEALTHCHECK  [instruction]');
  }, 1_200_000);
});
