import assert from 'node:assert/strict';
import { chmod, chown, lstat, mkdir, mkdtemp, readdir, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { FolderMailTransport } from '../../src/notifications/mail-transport.ts';
import { restrictToOwner } from '../../src/infra/owner-only.ts';
import { runCli, startServerProcess, tempDataDir, type ServerProcess } from '../helpers/processes.ts';

/** Every entry under `root` (itself included) whose mode lets anyone but its owner in, as `mode path`. */
async function openToOthers(root: string): Promise<string[]> {
  const found: string[] = [];
  const visit = async (file: string): Promise<void> => {
    const stats = await lstat(file);
    if (stats.isSymbolicLink()) return;
    if ((stats.mode & 0o077) !== 0) found.push(`${(stats.mode & 0o777).toString(8)} ${path.relative(root, file) || '.'}`);
    if (stats.isDirectory()) for (const entry of await readdir(file)) await visit(path.join(file, entry));
  };
  await visit(root);
  return found;
}

async function mode(file: string): Promise<string> {
  return ((await stat(file)).mode & 0o777).toString(8);
}

const isRoot = process.getuid?.() === 0;

describe('the data directory is readable by the store user only', { skip: process.platform === 'win32' ? 'no mode bits on Windows' : false }, () => {
  const servers: ServerProcess[] = [];
  const made: string[] = [];
  /** A folder of this test's, removed at the end. */
  const track = (dir: string) => (made.push(dir), dir);
  after(async () => {
    for (const server of servers) await server.stop('SIGKILL');
    for (const dir of made) await rm(dir, { recursive: true, force: true });
  });

  test('an existing DATA_DIR open to others (0755, a 0644 file, a 0777 outbox) is made owner-only by the CLI, with a warning naming what changed', async () => {
    const dataDir = track(await tempDataDir({ migrated: true }));
    await chmod(dataDir, 0o755);
    await writeFile(path.join(dataDir, 'notes.txt'), 'operator notes', { mode: 0o644 });
    await chmod(path.join(dataDir, 'notes.txt'), 0o644);
    await mkdir(path.join(dataDir, 'outbox'));
    await chmod(path.join(dataDir, 'outbox'), 0o777);
    await writeFile(path.join(dataDir, 'outbox', 'order-1.eml'), 'Subject: x\n\n');
    await chmod(path.join(dataDir, 'outbox', 'order-1.eml'), 0o666);
    await chmod(path.join(dataDir, 'pgdata', 'PG_VERSION'), 0o644);
    assert.equal((await openToOthers(dataDir)).length, 5);

    const result = await runCli(['migrate'], { DATA_DIR: dataDir });
    assert.equal(result.code, 0, result.stderr);
    assert.equal(
      result.stderr.trim(),
      `warning: the data directory ${dataDir} was open to other users: removed their access to 5 entries ` +
        "(., notes.txt, outbox, outbox/order-1.eml, pgdata/PG_VERSION); it must be readable by the store's user only",
    );
    assert.deepEqual(await openToOthers(dataDir), []);
    assert.equal(await mode(dataDir), '700');
    assert.equal(await mode(path.join(dataDir, 'notes.txt')), '600');
    assert.equal(await mode(path.join(dataDir, 'outbox')), '700');
    assert.equal(await mode(path.join(dataDir, 'outbox', 'order-1.eml')), '600');

    // Nothing left to change: no warning the next time.
    const again = await runCli(['migrate'], { DATA_DIR: dataDir });
    assert.equal(again.code, 0, again.stderr);
    assert.equal(again.stderr, '');
  });

  test('a new DATA_DIR: the embedded database, secrets, lock and admin token are owner-only; a server started on a loosened one tightens it and logs what', async () => {
    const dataDir = path.join(track(await mkdtemp(path.join(tmpdir(), 'prs-modes-'))), 'data');
    const server = await startServerProcess({ DATA_DIR: dataDir });
    servers.push(server);
    assert.doesNotMatch(server.output(), /open to other users/);
    const names = await readdir(dataDir);
    for (const name of ['pgdata', 'jwt-secret', 'voucher-key', 'admin-token', 'store.lock'])
      assert.ok(names.includes(name), `${name} missing: ${names}`);
    assert.deepEqual(await openToOthers(dataDir), [], 'while the server runs');
    assert.equal(await server.stop('SIGTERM'), 0);
    assert.deepEqual(await openToOthers(dataDir), [], 'after it stopped');

    // Loosened while it was down: the next start puts it right and says so.
    await chmod(dataDir, 0o755);
    await chmod(path.join(dataDir, 'jwt-secret'), 0o644);
    await chmod(path.join(dataDir, 'pgdata', 'global'), 0o775);
    const restarted = await startServerProcess({ DATA_DIR: dataDir });
    servers.push(restarted);
    const warning = restarted
      .output()
      .split('\n')
      .find((line) => line.includes('open to other users'));
    assert.ok(warning, restarted.output());
    const logged = JSON.parse(warning);
    assert.equal(logged.level, 40);
    assert.equal(logged.dataDir, dataDir);
    assert.match(logged.msg, /removed their access to 3 entries \(\., jwt-secret, pgdata\/global\)/);
    assert.deepEqual(await openToOthers(dataDir), []);
    assert.equal(await restarted.stop('SIGTERM'), 0);
  });

  test('e-mail notices written into a new outbox are owner-only', async () => {
    const dataDir = track(await mkdtemp(path.join(tmpdir(), 'prs-modes-')));
    const outbox = path.join(dataDir, 'outbox');
    await new FolderMailTransport(outbox).send({
      key: 'order-1',
      from: 'a@example.com',
      to: 'b@example.com',
      subject: 'x',
      text: 'y',
      messageId: '<order-1@example.com>',
    });
    assert.equal(await mode(outbox), '700');
    assert.equal(await mode(path.join(outbox, 'order-1.eml')), '600');
  });

  test('restrictToOwner neither follows nor changes symbolic links inside the directory', async () => {
    const outside = track(await mkdtemp(path.join(tmpdir(), 'prs-modes-outside-')));
    await writeFile(path.join(outside, 'shared.txt'), 'x');
    await chmod(path.join(outside, 'shared.txt'), 0o644);
    await chmod(outside, 0o755);
    const dataDir = track(await mkdtemp(path.join(tmpdir(), 'prs-modes-')));
    await symlink(path.join(outside, 'shared.txt'), path.join(dataDir, 'link-to-file'));
    await symlink(outside, path.join(dataDir, 'link-to-dir'));
    assert.deepEqual(restrictToOwner(dataDir), []);
    assert.equal(await mode(path.join(outside, 'shared.txt')), '644');
    assert.equal(await mode(outside), '755');
  });

  test('a DATA_DIR that is a file, or a link to one, is refused with a clear error and its mode left as it was', async () => {
    const folder = track(await mkdtemp(path.join(tmpdir(), 'prs-modes-file-')));
    const file = path.join(folder, 'not-a-directory');
    await writeFile(file, 'hi');
    await chmod(file, 0o644);
    const link = path.join(folder, 'link');
    await symlink(file, link);
    for (const dataDir of [file, link]) {
      const migrate = await runCli(['migrate'], { DATA_DIR: dataDir });
      assert.equal(migrate.code, 1);
      assert.equal(
        migrate.stderr.trim(),
        `error: the data directory ${dataDir} is not a directory: set DATA_DIR to a directory, or to a path that does not exist yet`,
      );
      assert.equal(await mode(file), '644');
    }
  });

  test(
    'a DATA_DIR that belongs to another user is refused with a clear error, and nothing is created in it',
    { skip: isRoot ? false : 'needs root to give a directory away' },
    async () => {
      const dataDir = track(await tempDataDir());
      await chmod(dataDir, 0o755);
      await chown(dataDir, 65534, 65534);
      const migrate = await runCli(['migrate'], { DATA_DIR: dataDir });
      assert.equal(migrate.code, 1);
      assert.equal(
        migrate.stderr.trim(),
        `error: the data directory ${dataDir} belongs to user 65534, not to the user running the store (0): ` +
          'run the store as that user, or give it the directory (chown -R)',
      );
      await assert.rejects(
        startServerProcess({ DATA_DIR: dataDir }),
        /exited with 1 before listening:[\s\S]*error: the data directory .* belongs to user 65534/,
      );
      assert.deepEqual(await readdir(dataDir), []);
      assert.equal(await mode(dataDir), '755');

      // One entry inside that is another user's is refused the same way.
      await chown(dataDir, 0, 0);
      await writeFile(path.join(dataDir, 'jwt-secret'), 'x'.repeat(48), { mode: 0o600 });
      await chown(path.join(dataDir, 'jwt-secret'), 65534, 65534);
      const inside = await runCli(['migrate'], { DATA_DIR: dataDir });
      assert.equal(inside.code, 1);
      assert.match(inside.stderr, new RegExp(`^error: ${path.join(dataDir, 'jwt-secret')} \\(in the data directory\\) belongs to user 65534`));
      assert.deepEqual(await readdir(dataDir), ['jwt-secret']);
    },
  );
});
