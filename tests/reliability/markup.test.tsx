// Markup and script typed into every free-text field (debt and plan names and notes, contact log who
// and summary, payment notes) is shown as text by the popup and the options page, never run or parsed.
import { act, cleanup, fireEvent, waitFor } from '@testing-library/preact';
import * as v from 'valibot';
import { afterEach, describe, expect, it } from 'vitest';
import { SettingsSchema, type Day } from '../../src/domain/model';
import { OptionsPage } from '../../src/options/app';
import { Popup } from '../../src/popup/popup';
import { appStore, type Snapshot } from '../../src/ui/store';
import { renderWithLocale } from '../ui/popup-render';
import { MARKUP, markupData } from './markup';

const TODAY = new Date().toLocaleDateString('sv') as Day;
const SNAPSHOT: Snapshot = {
  data: markupData(TODAY),
  settings: v.parse(SettingsSchema, {}),
  reminders: { sent: {}, snoozed: {} },
  quarantine: [],
  canUndoRestore: false,
};

/** Elements or attributes that could only have come from parsing a payload. */
const INJECTED = 'script, iframe, style, img[src="x"], [onerror], [onload], [onclick], a[href^="javascript:"]';

function expectShownAsText(container: HTMLElement) {
  expect((window as { __pwned?: unknown }).__pwned).toBeUndefined();
  expect(container.querySelectorAll(INJECTED).length).toBe(0);
  const text = container.textContent ?? '';
  for (const payload of MARKUP) expect(text).toContain(payload.slice(0, 40));
}

afterEach(() => {
  cleanup();
  location.hash = '';
});

describe('markup in free-text fields is shown as text', () => {
  it('popup: every row, opened, with its lazily loaded body drawn', async () => {
    const { container } = renderWithLocale(<Popup snapshot={SNAPSHOT} today={TODAY} focusKey={null} />);
    const toggles = [...container.querySelectorAll<HTMLButtonElement>('.disclosure-toggle[aria-expanded="false"]')];
    expect(toggles.length).toBeGreaterThan(0);
    for (const toggle of toggles) fireEvent.click(toggle);
    // Each open row's body is a chunk loaded on demand: check it once it is there, not its placeholder.
    await waitFor(() => {
      expect(container.querySelectorAll('.lazy-loading')).toHaveLength(0);
      expect(container.querySelectorAll('.item-actions').length).toBeGreaterThan(0);
    });
    expectShownAsText(container as HTMLElement);
  });

  it.each(['#debts', '#plans', '#contacts'])('options %s', (hash) => {
    location.hash = hash;
    act(() => appStore.setState({ status: 'ready', ...SNAPSHOT }, true));
    const { container } = renderWithLocale(<OptionsPage snapshot={SNAPSHOT} />);
    expect((window as { __pwned?: unknown }).__pwned).toBeUndefined();
    expect(container.querySelectorAll(INJECTED).length).toBe(0);
    expect(container.textContent).toContain(MARKUP[0].slice(0, 40));
  });
});
