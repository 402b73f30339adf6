// Two small controls as a visitor meets them. Export: the PNG button and the print form ask the map
// for exactly the picture the form describes, and both wait while one is being made. The kiosk's
// bar: a kiosk a link switched on can always be left, by its button or by Esc, and offers full
// screen where the browser allows it.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import type { AtlasCommand } from '../../src/lib/state/commands';
import type { AtlasState } from '../../src/lib/state/atlas.svelte';
import ExportButton from '../../src/lib/ui/export/ExportButton.svelte';
import KioskBar from '../../src/lib/ui/kiosk/KioskBar.svelte';
import { mountWithAtlas } from './mount';

afterEach(() => {
  cleanup();
  Reflect.deleteProperty(document, 'fullscreenEnabled');
  Reflect.deleteProperty(document, 'fullscreenElement');
});

/** Picks an option in its list as a person does: the option becomes the chosen one, the list says it changed. */
async function choose(option: HTMLElement): Promise<void> {
  const select = option.closest('select') as HTMLSelectElement;
  await fireEvent.change(select, { target: { value: (option as HTMLOptionElement).value } });
}

/** The export commands the map would receive. */
function exportsSent(atlas: AtlasState): AtlasCommand[] {
  const sent: AtlasCommand[] = [];
  atlas.commands.subscribe(['export'], (command) => sent.push(command));
  return sent;
}

describe('the export controls', () => {
  it('asks the map for a PNG of this view, and waits (saying so) until it is made', async () => {
    const atlas = mountWithAtlas(ExportButton);
    const sent = exportsSent(atlas);
    const png = screen.getByRole('button', { name: '导出图片' });
    await fireEvent.click(png);
    expect(sent).toEqual([{ kind: 'export' }]);
    expect(png.textContent?.trim()).toBe('正在导出…');
    expect(png.hasAttribute('disabled')).toBe(true);
    expect(png.getAttribute('aria-busy')).toBe('true');
    // The print button waits too: one picture at a time.
    expect(screen.getByTestId('export-print').hasAttribute('disabled')).toBe(true);
    await fireEvent.click(png);
    expect(sent).toHaveLength(1);

    atlas.view.exportFinished();
    flushSync();
    expect(png.textContent?.trim()).toBe('导出图片');
    expect(png.hasAttribute('disabled')).toBe(false);
  });

  it('prints what the form says: the default title, then the paper, orientation and title chosen', async () => {
    const atlas = mountWithAtlas(ExportButton);
    const sent = exportsSent(atlas);
    const title = screen.getByRole('textbox', { name: '标题' }) as HTMLInputElement;
    expect(title.value).toBe('武进区 2024 政府工作报告地图');
    await fireEvent.click(screen.getByRole('button', { name: '导出打印图' }));
    expect(sent).toEqual([
      {
        kind: 'export',
        print: { paper: 'a4', orientation: 'landscape', title: '武进区 2024 政府工作报告地图' },
      },
    ]);
    atlas.view.exportFinished();
    flushSync();

    await choose(screen.getByRole('option', { name: 'A3' }));
    await choose(screen.getByRole('option', { name: '纵向' }));
    await fireEvent.input(title, { target: { value: '湖滨片区规划' } });
    await fireEvent.click(screen.getByRole('button', { name: '导出打印图' }));
    expect(sent[1]).toEqual({
      kind: 'export',
      print: { paper: 'a3', orientation: 'portrait', title: '湖滨片区规划' },
    });
  });

  it('speaks English on an English page, the untouched title included', () => {
    const atlas = mountWithAtlas(ExportButton);
    atlas.view.setLang('en');
    flushSync();
    expect(screen.getByRole('button', { name: 'Export PNG' })).toBeTruthy();
    expect(screen.getByRole('group', { name: 'Print (300 dpi)' })).toBeTruthy();
    expect((screen.getByRole('textbox', { name: 'Title' }) as HTMLInputElement).value).toBe(
      'Wujin 2024 Government Work Report Atlas',
    );
    expect(screen.getByRole('option', { name: 'Landscape' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Export for print' })).toBeTruthy();
  });
});

/** A kiosk showing the tour, as a `#kiosk=1` link starts it. */
function kioskOn(): AtlasState {
  const atlas = mountWithAtlas(KioskBar);
  atlas.presentation.setKiosk(true);
  atlas.startTour();
  flushSync();
  return atlas;
}

describe('the kiosk bar', () => {
  it('leaves the kiosk and its tour with its button, named in the page’s language', async () => {
    const atlas = kioskOn();
    expect(screen.getByRole('group', { name: '展台模式' })).toBeTruthy();
    await fireEvent.click(screen.getByRole('button', { name: '退出展台模式' }));
    expect(atlas.presentation.kiosk).toBe(false);
    expect(atlas.presentation.stopId).toBeNull();

    atlas.view.setLang('en');
    flushSync();
    expect(screen.getByRole('group', { name: 'Kiosk mode' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Leave kiosk mode' })).toBeTruthy();
  });

  it('leaves with Esc, but not while Esc belongs to a text field or an open dialog', async () => {
    const atlas = kioskOn();
    const field = document.body.appendChild(document.createElement('input'));
    await fireEvent.keyDown(field, { key: 'Escape' });
    expect(atlas.presentation.kiosk).toBe(true);
    field.remove();

    const dialog = document.body.appendChild(document.createElement('dialog'));
    dialog.setAttribute('open', '');
    await fireEvent.keyDown(document.body, { key: 'Escape' });
    expect(atlas.presentation.kiosk).toBe(true);
    dialog.remove();

    await fireEvent.keyDown(document.body, { key: 'Enter' });
    expect(atlas.presentation.kiosk).toBe(true);
    await fireEvent.keyDown(document.body, { key: 'Escape' });
    expect(atlas.presentation.kiosk).toBe(false);
    expect(atlas.presentation.stopId).toBeNull();
  });

  it('offers full screen, and says "exit" once the page is full screen', async () => {
    let fullscreenElement: Element | null = null;
    Object.defineProperty(document, 'fullscreenEnabled', { value: true, configurable: true });
    Object.defineProperty(document, 'fullscreenElement', {
      get: () => fullscreenElement,
      configurable: true,
    });
    const request = vi.fn(async () => {
      fullscreenElement = document.documentElement;
    });
    document.documentElement.requestFullscreen = request;
    kioskOn();
    await fireEvent.click(screen.getByRole('button', { name: '全屏' }));
    expect(request).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(screen.getByRole('button', { name: '退出全屏' })).toBeTruthy());

    // Leaving full screen some other way (the browser's own Esc) is followed too.
    fullscreenElement = null;
    document.dispatchEvent(new Event('fullscreenchange'));
    await waitFor(() => expect(screen.getByRole('button', { name: '全屏' })).toBeTruthy());
  });
});
