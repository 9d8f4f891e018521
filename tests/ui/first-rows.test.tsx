// useFirstRows: a long table renders its first rows with the page, the rest after the first paint.
import { cleanup, render, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { FIRST_ROWS, useFirstRows } from '../../src/ui/first-rows';

afterEach(cleanup);

function Rows({ count }: { count: number }) {
  const shown = useFirstRows(count);
  return (
    <ul>
      {Array.from({ length: shown }, (_, i) => (
        <li key={i}>{i}</li>
      ))}
    </ul>
  );
}

describe('useFirstRows', () => {
  it('renders FIRST_ROWS of a long list at first, then all of them', async () => {
    const { container } = render(<Rows count={1000} />);
    expect(container.querySelectorAll('li')).toHaveLength(FIRST_ROWS);
    await waitFor(() => expect(container.querySelectorAll('li')).toHaveLength(1000));
  });

  it('renders a short list whole at once', () => {
    const { container } = render(<Rows count={FIRST_ROWS} />);
    expect(container.querySelectorAll('li')).toHaveLength(FIRST_ROWS);
  });
});
