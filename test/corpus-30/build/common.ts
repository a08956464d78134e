// Footers, signatures and the small inline logo shared by the emails.
import { createCanvas } from '@napi-rs/canvas';

export const BHP_FOOTER = `Brackenfield Health Partnership | Millbrook Surgery | Ashcombe Medical Centre | Kelsey Road Surgery | Thornbury Lane Practice | Oakhanger Health Centre

CONFIDENTIALITY NOTICE: This email and any files transmitted with it are confidential and intended solely for the use of the individual or entity to whom they are addressed. If you have received this email in error please notify the sender immediately and delete it from your system. Any views or opinions presented are solely those of the author and do not necessarily represent those of Brackenfield Health Partnership. Brackenfield Health Partnership is a partnership registered with the Care Quality Commission. The partnership processes personal data in line with UK GDPR and the Data Protection Act 2018; our privacy notice is available at any of our practices.

Please consider the environment before printing this email.`;

export const NORTHGATE_FOOTER = `Northgate Primary Care Group Ltd - Fernhill Practice, Quayside Medical Practice, St Aidan's Surgery, Harrowgate Lane Surgery
Registered in England and Wales. Registered office: Unit 4, Northgate Business Park.

DISCLAIMER: The information contained in this e-mail is intended only for the person or organisation to which it is addressed and may contain confidential and/or privileged material. If you are not the intended recipient, any use, disclosure, copying or distribution is prohibited. If you received this in error, please contact the sender and delete the material from any computer. E-mail is not a secure medium and we cannot accept responsibility for changes made after it was sent.`;

export const CORDWAINER_FOOTER = `Cordwainer Medical Group - working together across Hollins Green, The Ropewalk and Sutton Vale
This e-mail (including any attachments) is confidential and may be legally privileged. It is intended for the addressee only. If you are not the intended recipient you must not copy, distribute or take any action in reliance on it. Please notify the sender and delete it. Cordwainer Medical Group monitors email for security and compliance purposes.`;

/** A small logo PNG for an inline signature image. */
export function logoPng(label: string, colour: string): Uint8Array {
  const c = createCanvas(180, 48);
  const ctx = c.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, 180, 48);
  ctx.fillStyle = colour;
  ctx.beginPath();
  ctx.arc(24, 24, 18, 0, Math.PI * 2);
  ctx.fill();
  ctx.font = 'bold 15px sans-serif';
  ctx.fillText(label, 50, 30);
  return c.toBuffer('image/png');
}
