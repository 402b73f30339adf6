/**
 * Copies text to the clipboard wherever that is possible. The asynchronous Clipboard API needs a
 * secure context and may be refused; older in-app browsers (WeChat's among them) lack it, but
 * still copy a selected text field with execCommand. Resolves false when neither worked, so the
 * caller can leave the text selected for a manual copy.
 */
export async function copyText(text: string, field: HTMLInputElement | null): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText && window.isSecureContext) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Refused (no permission, page not focused): try the older way below.
  }
  if (!field) return false;
  try {
    field.focus();
    field.select();
    field.setSelectionRange(0, text.length);
    return document.execCommand('copy');
  } catch {
    return false;
  }
}
