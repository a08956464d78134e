/**
 * mailauth's DKIM-only entry points. Its package root also loads BIMI, which pulls undici 8 and that
 * fails to load on Node 20 (`webidl.util.markAsUncloneable is not a function`), so ingest imports the
 * DKIM modules directly; these declarations reuse the package's own types.
 */
declare module 'mailauth/lib/dkim/verify.js' {
  import type { DKIMVerifyOptions, DKIMVerifyResult, MessageInput } from 'mailauth';
  export function dkimVerify(input: MessageInput, options?: DKIMVerifyOptions): Promise<DKIMVerifyResult>;
}
declare module 'mailauth/lib/dkim/sign.js' {
  import type { DKIMSignOptions, DKIMSignResult, MessageInput } from 'mailauth';
  export function dkimSign(input: MessageInput, options: DKIMSignOptions): Promise<DKIMSignResult>;
}
