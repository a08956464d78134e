// The central teams of corpus 51: addresses, signatures and disclaimers they put on every email.
import { NHSMAIL_DISCLAIMER } from './lib.js';

export const NHP_OFFICE = 'Partnership Support Office, Unit 4 Saltwells Business Park, Saltwells Road, Netherton, Dudley DY2 0AH';
export const nhpSig = (name: string, title: string, phone: string, extra: string[] = []): string => [
  name,
  `${title}`,
  'Northmoor Health Partnership',
  NHP_OFFICE,
  `T: ${phone} | Switchboard: 0121 496 0200`,
  ...extra,
  '',
  'Northmoor Health Partnership is a partnership of 14 GP surgeries across Dudley and Sandwell.',
  'Please consider the environment before printing this email.',
  '',
  NHSMAIL_DISCLAIMER,
].join('\n');

export const VCMG_OFFICE = 'Vale & Coast Medical Group – Group Office\n3rd Floor, Quay House, 14 Harbour Parade, Poole BH15 1HJ';
export const vcmgSig = (name: string, title: string, phone: string): string => [
  name, title, VCMG_OFFICE, `Tel: ${phone}`,
  'Please reply to the group mailbox vcmg.groupoperations@nhs.net so the whole team can pick up your response.',
  '',
  NHSMAIL_DISCLAIMER,
].join('\n');

export const prpSig = (name: string, title: string, phone: string): string => [
  name, title, 'Pennine Rise Partnership – Business Support Hub', 'Calder House, 2 Wharf Street, Sowerby Bridge HX6 2AF',
  `${phone} (direct) | 0113 496 0500 (hub)`,
  'Moorside Health Centre | Brookfold Surgery | Ridgeway Surgery',
  '',
  NHSMAIL_DISCLAIMER,
].join('\n');

export const KEYSTONE_DISCLAIMER = 'Keystone Practice Services Limited. Registered in England and Wales No. 08812376. Registered office: Keystone House, 41 Station Approach, Wokingham, RG40 2AF. This email and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender immediately and delete it; you must not copy, forward or otherwise use it. Keystone Practice Services Limited accepts no liability for any loss or damage caused by software viruses. Please consider the environment before printing this email.';
export const keystoneSig = (name: string, title: string, direct: string): string => [
  name, title, 'Keystone Practice Services Ltd', 'Keystone House | 41 Station Approach | Wokingham | RG40 2AF',
  `Direct: ${direct} | Main office: 0118 496 0700`, 'www.keystoneps.co.uk', '', KEYSTONE_DISCLAIMER,
].join('\n');

export const HPG_DISCLAIMER = 'Halewood Pharmacy Group Ltd. Registered in England No. 02275190. Registered Office: Halewood House, 7 Speke Boulevard, Liverpool L24 9HZ. The information in this email is confidential and may be legally privileged. It is intended solely for the addressee. Access to this email by anyone else is unauthorised. If you are not the intended recipient, any disclosure, copying, distribution or any action taken or omitted to be taken in reliance on it is prohibited and may be unlawful.';
export const hpgSig = (name: string, title: string, phone: string, mailbox: string): string => [
  name, title, 'Halewood Pharmacy Group Ltd', 'Halewood House, 7 Speke Boulevard, Liverpool L24 9HZ',
  `Tel: ${phone}`, 'Head Office switchboard: 0151 496 0700', mailbox, '', HPG_DISCLAIMER,
].join('\n');

export const CSCSU_FOOTER = [
  'Central Shires CSU IT Service Desk',
  '0116 496 0900 (option 2) | cscsu.servicedesk@nhs.net | https://servicedesk.cscsu.nhs.uk',
  'This is a system-generated email from the CSU service management tool. Please keep the reference in the subject line when replying.',
].join('\n');

export const BDG_FOOTER = [
  'Compliance Team | Brightside Dental Group',
  'Support Centre, 2 Pavilion Court, Brackmills, Northampton NN4 7YE',
  'compliance@brightsidedental.co.uk | 01632 960 300',
  '',
  '--',
  'Brightside Dental Group Ltd is a company registered in England and Wales (No. 07744193). Registered office: Support Centre, 2 Pavilion Court, Brackmills, Northampton NN4 7YE. This message and any attachment are confidential. If you have received it in error please tell us by reply and delete it. Emails are monitored for compliance and training purposes.',
].join('\n');

export const clearviewSig = (name: string, title: string): string => [
  name, title, 'Clearview Opticians Ltd | Support Office', 'Unit 2, Welland Business Park, Valley Way, Market Harborough LE16 7PS',
  'T 01632 960 100  |  support.office@clearviewopticians.co.uk', '',
  'Clearview Opticians Ltd is registered in England and Wales (company no. 05517734). Registered office as above. This email is intended for the named recipient only and may contain confidential information. If you have received it in error, please notify us and delete it. We will never ask you to make payments to new bank details by email.',
].join('\n');

export const GREENFIELDS_DISCLAIMER = 'Greenfields Health Ltd trading as Greenfields Pharmacy & Opticians. Registered in England No. 03920418. Registered office: Greenfields House, Clifton Moor Gate, York YO30 4XE. This e-mail and any files transmitted with it are confidential and intended solely for the use of the individual or entity to whom they are addressed. If you have received this e-mail in error please notify the sender. Any views or opinions expressed are solely those of the author and do not necessarily represent those of Greenfields Health Ltd.';

export const icbSig = (name: string, title: string, phone: string, extra: string[] = []): string => [
  name, title, ...extra, 'NHS Severn Vale Integrated Care Board', 'Alexandra House, 12 Kingsholm Road, Gloucester GL1 3AX', `Tel: ${phone}`,
  '',
  'Working together for a healthier Severn Vale',
  '',
  NHSMAIL_DISCLAIMER,
].join('\n');

export const tamesSig = (name: string, title: string): string => [
  `${name} | ${title}`, 'Tamesbridge GP Federation', 'Unit 9, Tame Valley Business Centre, Hyde SK14 4QF', '0161 496 0391 | tamesbridge.federation@nhs.net',
  '',
  NHSMAIL_DISCLAIMER,
].join('\n');
