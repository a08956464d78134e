import { ConfigError } from '../core/config.js';
import { loadObservabilityConfig } from '../core/observability/prepare-process.js';

/**
 * Parses a process's own configuration and the shared observability keys together, so that one ConfigError
 * lists every bad key of both at once.
 */
export function loadProcessConfig<T>(
  env: Record<string, string | undefined>,
  loadOwn: (env: Record<string, string | undefined>) => T,
  fallbackMetricsPort: number,
): { config: T; observability: ReturnType<typeof loadObservabilityConfig> } {
  const issues: string[] = [];
  const collect = <R>(load: () => R): R | undefined => {
    try {
      return load();
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      issues.push(...error.issues);
      return undefined;
    }
  };
  const config = collect(() => loadOwn(env));
  const observability = collect(() => loadObservabilityConfig(env, fallbackMetricsPort));
  if (issues.length > 0 || config === undefined || !observability) throw new ConfigError(issues);
  return { config, observability };
}
