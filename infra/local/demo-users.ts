// The demo users of the local run: one for each role, in the demo regions. `pnpm token <name>` mints a token
// for any of them; the README lists them.
import { demoUuid } from '@renkei/db';
import type { HubClaims } from '@renkei/identity';

const org = (region: string, key: string) => `${region}:Organization:${demoUuid(key)}`;

export interface DemoUser {
  description: string;
  claims: HubClaims;
}

export const DEMO_USERS: Record<string, DemoUser> = {
  'kikuchi-worker': {
    description: '相談支援員（菊愛会 SLSC、菊池市） / consultation worker at 菊愛会 SLSC, 菊池市',
    claims: {
      sub: 'demo-kikuchi-worker',
      roles: ['consultation_worker'],
      organization: org('kikuchi', 'kikuchi-kikuaikai'),
      municipality: '432105',
      region: 'kikuchi',
      consortia: ['kikuchi'],
    },
  },
  'kikuchi-city': {
    description: '菊池市 福祉課の職員 / municipal staff, 菊池市 welfare division',
    claims: {
      sub: 'demo-kikuchi-city',
      roles: ['municipal_staff'],
      organization: org('kikuchi', 'kikuchi-kikuchi-city-fukushika'),
      municipality: '432105',
      region: 'kikuchi',
      consortia: ['kikuchi'],
    },
  },
  'foodbank-kikuchi': {
    description: 'フードバンク菊池の職員 / staff of フードバンク菊池',
    claims: {
      sub: 'demo-foodbank-kikuchi',
      roles: ['org_staff'],
      organization: org('kikuchi', 'kikuchi-foodbank-kikuchi'),
      municipality: '432105',
      region: 'kikuchi',
    },
  },
  'foodbank-gifu': {
    description: 'フードバンク清流ぎふの職員 / staff of フードバンク清流ぎふ',
    claims: {
      sub: 'demo-foodbank-gifu',
      roles: ['org_staff'],
      organization: org('gifu', 'gifu-foodbank-seiryu'),
      municipality: '212024',
      region: 'gifu',
    },
  },
  'gifu-npo': {
    description: 'ぎふNPOセンターの相談支援員 / consultation worker at ぎふNPOセンター',
    claims: {
      sub: 'demo-gifu-npo',
      roles: ['consultation_worker'],
      organization: org('gifu', 'gifu-gifu-npo-center'),
      municipality: '212016',
      region: 'gifu',
    },
  },
  'niigata-pref': {
    description: '新潟県 福祉保健課の職員 / prefecture staff, 新潟県',
    claims: {
      sub: 'demo-niigata-pref',
      roles: ['prefecture_staff'],
      organization: org('niigata', 'niigata-pref-fukushi-hokenka'),
      municipality: '150002',
      region: 'niigata',
    },
  },
  'kumamoto-pref': {
    description: '熊本県 健康福祉部の職員（菊池圏域の統計を閲覧） / prefecture staff, 熊本県 (reads 菊池圏域 statistics)',
    claims: {
      sub: 'demo-kumamoto-pref',
      roles: ['prefecture_staff'],
      municipality: '430005',
      region: 'kikuchi',
    },
  },
  admin: {
    description: 'ハブ管理者 / hub administrator',
    claims: { sub: 'demo-admin', roles: ['hub_admin'] },
  },
};
