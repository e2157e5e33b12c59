import type { Command } from 'commander';

/**
 * Which commands may start a new store, decided here once per command definition: a command
 * run where DATA_DIR (by default ./data of the current folder) or the PostgreSQL schema holds no
 * store either creates one, and says where, or fails naming the absolute data directory and
 * creates nothing (`openStoreDatabase` with `create: false`).
 *
 * Only commands that make something from nothing are marked (`demo`, `clients create`,
 * `operators create`, `categories create`, `products create`, `catalog import`, `fx set`; `serve`
 * and `migrate` open the store themselves). Every other command reads, or changes what a store
 * already holds, so in a folder without a store it has nothing to work on: it fails, and a
 * command added later without the mark is safe by default.
 */
const creators = new WeakSet<Command>();

/** Marks the command as one that may start a new store; returns it, for chaining. */
export function createsStore<C extends Command>(command: C): C {
  creators.add(command);
  return command;
}

export function mayCreateStore(command: Command): boolean {
  return creators.has(command);
}
