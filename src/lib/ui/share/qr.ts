/**
 * A QR code as a data URL, made in the browser (nothing leaves the machine). The QR library is
 * loaded on first use, so it costs nothing until the end slide is shown.
 */
export interface QrOptions {
  /** Width and height of the image, in pixels. */
  sizePx: number;
  /** Colours of the modules and the background (palette values). */
  dark: string;
  light: string;
}

export async function qrDataUrl(text: string, options: QrOptions): Promise<string> {
  const { toDataURL } = await import('qrcode');
  return toDataURL(text, {
    // M survives a glare spot or a slightly blurred phone photo of a screen across a room.
    errorCorrectionLevel: 'M',
    margin: 2,
    width: Math.round(options.sizePx),
    color: { dark: options.dark, light: options.light },
  });
}
