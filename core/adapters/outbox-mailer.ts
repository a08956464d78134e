import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import nodemailer from 'nodemailer';
import type { Mailer } from '../ports.js';
import { toNodemailerMessage } from './smtp-mailer.js';

/**
 * A Mailer for local mode: writes each email as an .eml file into `<dir>/new/` (Maildir-like: written
 * under tmp/ then renamed, so a reader never sees half a file) instead of sending it. The files are
 * exactly what SMTP would have carried, headers and all.
 */
export function createOutboxMailer(options: { dir: string; from: string }): Mailer {
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'windows' });
  return {
    async send(email) {
      const message = toNodemailerMessage(email, options.from);
      const info = await transport.sendMail(message);
      const raw = info.message as Buffer;
      const name = `${Date.now()}.${message.messageId.replace(/[<>@/]/g, '_')}.eml`;
      await mkdir(path.join(options.dir, 'tmp'), { recursive: true });
      await mkdir(path.join(options.dir, 'new'), { recursive: true });
      const tmp = path.join(options.dir, 'tmp', name);
      await writeFile(tmp, raw);
      await rename(tmp, path.join(options.dir, 'new', name));
      return { messageId: message.messageId };
    },
  };
}
