// lazyComponent: a part of a page loaded from its own chunk on first render or on preload.
import { cleanup, screen } from '@testing-library/preact';
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { lazyComponent } from '../../src/ui/lazy';
import { LocaleProvider } from '../../src/ui/locale';
import { localeFor } from '../fixtures/locale';
import { renderWithLocale } from './popup-render';

afterEach(cleanup);

const Greeting = ({ name }: { name: string }) => <p>Hello {name}</p>;

/** A loader the test settles by hand, counting its calls. */
function manualLoader() {
  const calls: { resolve: (c: typeof Greeting) => void; reject: (e: Error) => void }[] = [];
  const load = vi.fn(() => new Promise<typeof Greeting>((resolve, reject) => void calls.push({ resolve, reject })));
  return { load, calls };
}

describe('lazyComponent', () => {
  it('shows a busy placeholder, then the component with its props', async () => {
    const { load, calls } = manualLoader();
    const Lazy = lazyComponent(load);
    const { container } = renderWithLocale(<Lazy name="Ana" />);
    expect(container.querySelector('[aria-busy="true"]')).not.toBeNull();
    expect(screen.queryByText('Hello Ana')).toBeNull();
    calls[0]!.resolve(Greeting);
    expect(await screen.findByText('Hello Ana')).toBeTruthy();
    expect(container.querySelector('[aria-busy="true"]')).toBeNull();
  });

  it('loads once, and renders at once after a preload', async () => {
    const { load, calls } = manualLoader();
    const Lazy = lazyComponent(load);
    const preloaded = Lazy.preload();
    void Lazy.preload();
    calls[0]!.resolve(Greeting);
    await preloaded;
    renderWithLocale(<Lazy name="Bo" />);
    expect(screen.getByText('Hello Bo')).toBeTruthy();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('replaces its placeholder when a preload finishes between the first render and its effect', async () => {
    const { load, calls } = manualLoader();
    const Lazy = lazyComponent(load);
    void Lazy.preload();
    // Outside act(), as in a page: the effect waits for the next paint.
    const host = document.body.appendChild(document.createElement('div'));
    render(
      <LocaleProvider value={localeFor('en')}>
        <Lazy name="Di" />
      </LocaleProvider>,
      host,
    );
    expect(host.querySelector('[aria-busy="true"]')).not.toBeNull();
    calls[0]!.resolve(Greeting);
    await vi.waitFor(() => expect(host.textContent).toBe('Hello Di'));
    expect(load).toHaveBeenCalledTimes(1);
    render(null, host);
    host.remove();
  });

  it('says so when the chunk fails, and tries again on the next render', async () => {
    const { load, calls } = manualLoader();
    const Lazy = lazyComponent(load);
    renderWithLocale(<Lazy name="Cy" />);
    calls[0]!.reject(new Error('chunk gone'));
    const message = await screen.findByText('This part of DueGuard could not be loaded. Close this window and open it again.');
    expect(message.getAttribute('role')).toBe('alert');
    cleanup();
    renderWithLocale(<Lazy name="Cy" />, 'zh_CN');
    expect(load).toHaveBeenCalledTimes(2);
    calls[1]!.resolve(Greeting);
    expect(await screen.findByText('Hello Cy')).toBeTruthy();
  });
});
