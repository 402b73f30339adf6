/** Hands a file to the browser as a download: nothing leaves the machine. */
export function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.style.display = 'none';
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  // The browser reads the blob when the download starts; freeing it at once can cancel that.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
