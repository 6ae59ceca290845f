import type { LinkKind } from "@talentlane/shared";

const TRACKING_PARAMETERS = /^(utm_.*|fbclid|gclid|mc_cid|mc_eid|ref|trk|trkInfo|originalSubdomain|lipi)$/i;

const PROFILE_HOSTS: Array<{ host: RegExp; kind: LinkKind }> = [
  { host: /(^|\.)linkedin\.com$/, kind: "LINKEDIN" },
  { host: /(^|\.)github\.com$/, kind: "GITHUB" },
  { host: /(^|\.)(twitter|x)\.com$/, kind: "TWITTER" },
  { host: /(^|\.)(behance\.net|dribbble\.com)$/, kind: "PORTFOLIO" },
];

/**
 * Canonicalises a profile link so the same profile always reads the same: https, lower-case host without `www.` or
 * country subdomains (LinkedIn), no tracking parameters, fragment or trailing slash; LinkedIn, GitHub and X profile
 * paths lower-cased and cut to the profile itself. Returns null for anything but an http(s) URL. The kind is
 * inferred from the host unless the caller named one.
 */
export function canonicalizeLink(raw: string, kind: LinkKind | null): { url: string; kind: LinkKind } | null {
  let text = raw.trim();
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) text = `https://${text}`;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return null;
  // Credentials in a profile link are a mistake or a trick ("mailto:x@y" read as user:password@host).
  if (url.username || url.password) return null;
  if (!url.hostname.includes(".")) return null;
  let host = url.hostname.toLowerCase().replace(/^www\./, "");
  const inferred = PROFILE_HOSTS.find((entry) => entry.host.test(host))?.kind ?? null;
  let path = url.pathname.replace(/\/+$/, "");
  if (inferred === "LINKEDIN") {
    host = "linkedin.com";
    const profile = /^\/(in|company|pub)\/([^/]+)/i.exec(path);
    if (profile) path = `/${profile[1].toLowerCase()}/${decodeURIComponent(profile[2]).toLowerCase()}`;
  } else if (inferred === "GITHUB" || inferred === "TWITTER") {
    if (inferred === "TWITTER") host = "x.com";
    const handle = /^\/([^/]+)/.exec(path);
    if (handle) path = `/${handle[1].toLowerCase()}`;
  }
  const kept = [...url.searchParams.entries()].filter(([name]) => !TRACKING_PARAMETERS.test(name));
  const query = inferred ? "" : kept.length > 0 ? `?${new URLSearchParams(kept).toString()}` : "";
  const port = url.port ? `:${url.port}` : "";
  return { url: `https://${host}${port}${path}${query}`, kind: kind ?? inferred ?? "WEBSITE" };
}
