/** Saves `content` as a file through the browser's download (no permission needed from a page). */
export function downloadFile(name: string, content: string, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers; a minute is plenty.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** `dueguard-<what>-2026-03-01.<ext>`: names that sort by date in a downloads folder. */
export function datedFileName(what: string, day: string, ext: string): string {
  return `dueguard-${what}-${day}.${ext}`;
}
