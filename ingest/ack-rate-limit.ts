import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';

/**
 * Caps automatic replies per sender per clock hour, so a mail loop or a flood from one address
 * cannot make us send hundreds of acknowledgements. Counts live in Redis (shared by every worker,
 * surviving restarts); keys hold a hash of the address, never the address itself.
 */
export function createAckRateLimiter(redis: Redis, options: { prefix: string; hourlyCap: number }) {
  const keyFor = (email: string, at: Date): string => {
    const hour = Math.floor(at.getTime() / 3_600_000);
    const who = createHash('sha256').update(email.trim().toLowerCase()).digest('hex').slice(0, 32);
    return `${options.prefix}:ack-cap:${who}:${hour}`;
  };
  return {
    /** Counts one reply to `email` and says whether it is still within the cap. Fails open=false: no count, no reply. */
    async tryConsume(email: string, now = new Date()): Promise<boolean> {
      const key = keyFor(email, now);
      const [[, count]] = (await redis.multi().incr(key).expire(key, 7200).exec()) as [[Error | null, number], unknown];
      return count <= options.hourlyCap;
    },
    /**
     * Gives back the count taken at `consumedAt` for a reply that was never sent (SMTP down): retrying it must not
     * use up the sender's cap, or an outage would turn into dropped acknowledgements.
     */
    async refund(email: string, consumedAt: Date): Promise<void> {
      const key = keyFor(email, consumedAt);
      if ((await redis.decr(key)) < 0) await redis.del(key);
    },
  };
}
export type AckRateLimiter = ReturnType<typeof createAckRateLimiter>;
