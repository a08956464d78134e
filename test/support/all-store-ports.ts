import type { Database } from '../../core/adapters/database.js';
import { createPrismaStores } from '../../core/adapters/prisma-stores.js';
import type { StorePorts } from '../../core/ports.js';

type WithoutDirectory = Omit<StorePorts, 'directory'>;
type Intersection<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void ? I : never;

/** Every store port but the directory, as one object: tests reach each port's methods without naming the port. */
export type AllStorePorts = Intersection<WithoutDirectory[keyof WithoutDirectory]>;

/** createPrismaStores(db) merged into one object (the directory stays apart: PrismaDirectory). */
export function openAllStorePorts(db: Database): AllStorePorts {
  const { directory: _directory, ...ports } = createPrismaStores(db);
  return Object.assign({}, ...Object.values(ports)) as AllStorePorts;
}
