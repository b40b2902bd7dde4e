/**
 * "Bagikan ke WhatsApp" as a plain link: wa.me opens WhatsApp (or its web page) with the text
 * filled in and lets the reader choose whom to send it to. No script, no tracking parameters.
 */
export function whatsappShareUrl(title: string, pageUrl: string): string {
  return `https://wa.me/?text=${encodeURIComponent(`${title}\n${pageUrl}`)}`;
}
