import type { Database } from '../../core/adapters/database.js';
import { createPrismaStores } from '../../core/adapters/prisma-stores.js';
import { createPrismaDirectoryReader, createPrismaDirectoryWriter } from '../../core/adapters/prisma-directory.js';
import type { DirectoryWriter, StorePorts } from '../../core/ports.js';

type WithoutDirectory = Omit<StorePorts, 'directory' | 'directoryWriter'>;
type Intersection<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void ? I : never;

/** Every store port but the directory, as one object: tests reach each port's methods without naming the port. */
export type AllStorePorts = Intersection<WithoutDirectory[keyof WithoutDirectory]>;

/** createPrismaStores(db) merged into one object (the directory stays apart: openPrismaDirectory). */
export function openAllStorePorts(db: Database): AllStorePorts {
  const { directory: _directory, directoryWriter: _directoryWriter, ...ports } = createPrismaStores(db);
  return Object.assign({}, ...Object.values(ports)) as AllStorePorts;
}

export type PrismaDirectoryPorts = ReturnType<typeof createPrismaDirectoryReader> & DirectoryWriter;

/** The directory's reader and writer on one client, as one object (tests read what they applied). */
export function openPrismaDirectory(db: Database): PrismaDirectoryPorts {
  return { ...createPrismaDirectoryReader(db), ...createPrismaDirectoryWriter(db) };
}
