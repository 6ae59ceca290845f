/**
 * Reads a company domain from what people paste ("https://www.Acme.com/careers", "acme.com") and returns the bare,
 * lower-case host, or null when it is not a domain.
 */
export function normalizeDomain(raw: string): string | null {
  let text = raw.trim().toLowerCase();
  if (text.length === 0) return null;
  if (!/^[a-z][a-z0-9+.-]*:\/\//.test(text)) text = `https://${text}`;
  try {
    const host = new URL(text).hostname.replace(/^www\./, "");
    return /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/.test(host) ? host : null;
  } catch {
    return null;
  }
}
