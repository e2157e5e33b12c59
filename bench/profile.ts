/**
 * CPU profiles of a benchmark's server during a run (BENCH_PROFILE=DIR): V8's sampling profiler
 * through the inspector of the server's process, started just before a run and stopped just after
 * it, so set-up and the load generator are not in it. Writes DIR/<name>.cpuprofile (Chrome
 * DevTools opens it) and prints where the samples fell: the share of each module (a package, a
 * source file, Node's own) and the top functions by self time. Profiling slows the server: the
 * figures of a profiled run are not comparable.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import path from 'node:path';
import { table } from './harness.ts';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
}

export const profileDir = process.env.BENCH_PROFILE?.trim() || null;

/** Where a frame's code lives: a package, a file of this repository, Node's own, or V8's pseudo-frames. */
function moduleOf(url: string, functionName: string): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  if (url.startsWith('node:')) return 'node';
  const packages = url.lastIndexOf('/node_modules/');
  if (packages !== -1) {
    const parts = url.slice(packages + '/node_modules/'.length).split('/');
    return parts[0]!.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]!;
  }
  const file = url.replace(/^file:\/\//, '');
  return path.relative(process.cwd(), file) || file;
}

/** The summary of a profile: the share of each module and the top functions by self time. */
export function summariseProfile(profile: Profile, top = 25): string {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const counts = new Map<number, number>();
  for (const id of profile.samples) counts.set(id, (counts.get(id) ?? 0) + 1);
  const functions = new Map<string, number>();
  const modules = new Map<string, number>();
  let total = 0;
  for (const [id, count] of counts) {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    if (functionName === '(idle)') continue;
    total += count;
    const module = moduleOf(url, functionName);
    const name = `${functionName || '(anonymous)'} ${url ? `${module}:${lineNumber + 1}` : ''}`.trim();
    functions.set(name, (functions.get(name) ?? 0) + count);
    modules.set(module, (modules.get(module) ?? 0) + count);
  }
  const share = (count: number) => `${((100 * count) / Math.max(1, total)).toFixed(1)} %`;
  const rows = (map: Map<string, number>, heading: string) =>
    table([
      [heading, 'self'],
      ...[...map]
        .sort((a, b) => b[1] - a[1])
        .slice(0, top)
        .map(([name, count]) => [name, share(count)]),
    ]);
  return `${total} samples (idle left out)\n\n${rows(modules, 'module')}\n\n${rows(functions, 'function')}`;
}

/** Starts the profiler of this process; the function it returns stops it, writes the profile and prints its summary. */
export async function startProfile(): Promise<(name: string) => Promise<void>> {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 100 });
  await session.post('Profiler.start');
  return async (name) => {
    const { profile } = (await session.post('Profiler.stop')) as { profile: Profile };
    session.disconnect();
    mkdirSync(profileDir!, { recursive: true });
    const file = path.join(profileDir!, `${name}.cpuprofile`);
    writeFileSync(file, JSON.stringify(profile));
    console.log(`\nprofile of ${name}: ${file}\n${summariseProfile(profile)}\n`);
  };
}

/** Runs `run` with this process profiled when BENCH_PROFILE is set, else just runs it. */
export async function profiled<T>(name: string, run: () => Promise<T>): Promise<T> {
  if (!profileDir) return run();
  const stop = await startProfile();
  try {
    return await run();
  } finally {
    await stop(name);
  }
}
