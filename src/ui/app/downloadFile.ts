/** Offers content as a file download named `fileName` (the browser saves it; nothing leaves the machine). */
export function downloadFile(fileName: string, content: BlobPart, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has its own reference to the blob once started; the URL is no longer needed.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
