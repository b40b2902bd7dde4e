/**
 * /desa/<kecamatan>/pimpasa.vcf: the kecamatan's Pimpasa officer as a vCard, for "Simpan kontak".
 * Written at build time only for officers whose name and number the office has published
 * (content/pimpasa); for the others there is no file and the card points to the office.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getDirectory, getSite, type DirectoryDistrict } from '../../../lib/data.ts';
import { canSaveContact, officerVCard } from '../../../lib/officer.ts';

export const getStaticPaths = (async () => {
  const { districts } = await getDirectory();
  return districts
    .filter((district) => canSaveContact(district.officer?.data))
    .map((district) => ({ params: { path: district.url.slice('/desa/'.length, -1) }, props: { district } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ district: DirectoryDistrict }> = async ({ props, site: siteUrl }) => {
  const { district } = props;
  const site = await getSite();
  const vcard = officerVCard(district.officer?.data, {
    districtName: district.entry.data.nama,
    officeName: site.kantor.nama,
    pageUrl: new URL(district.url, siteUrl ?? site.urlDasar).href,
  });
  if (!vcard) throw new Error(`Pimpasa ${district.entry.data.nama}: nama atau nomor belum diisi, vCard tidak dibuat`);
  return new Response(vcard, { headers: { 'Content-Type': 'text/vcard; charset=utf-8' } });
};
