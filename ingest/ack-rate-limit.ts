import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';

/**
 * Caps automatic replies per sender per clock hour, so a mail loop or a flood from one address
 * cannot make us send hundreds of acknowledgements. Counts live in Redis (shared by every worker,
 * surviving restarts); keys hold a hash of the address, never the address itself.
 */
export function createAckRateLimiter(redis: Redis, options: { prefix: string; hourlyCap: number }) {
  return {
    /** Counts one reply to `email` and says whether it is still within the cap. Fails open=false: no count, no reply. */
    async tryConsume(email: string, now = new Date()): Promise<boolean> {
      const hour = Math.floor(now.getTime() / 3_600_000);
      const who = createHash('sha256').update(email.trim().toLowerCase()).digest('hex').slice(0, 32);
      const key = `${options.prefix}:ack-cap:${who}:${hour}`;
      const [[, count]] = (await redis.multi().incr(key).expire(key, 7200).exec()) as [[Error | null, number], unknown];
      return count <= options.hourlyCap;
    },
  };
}
export type AckRateLimiter = ReturnType<typeof createAckRateLimiter>;
