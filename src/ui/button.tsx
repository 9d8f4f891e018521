import type { ButtonHTMLAttributes } from 'preact';

export type ButtonVariant = 'primary' | 'secondary' | 'danger' | 'link';

export type ButtonProps = Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'class' | 'className'> & {
  variant?: ButtonVariant;
  small?: boolean;
  /** A command is running: the button is disabled and says so to screen readers. */
  busy?: boolean;
  class?: string;
};

/** A `<button type="button">` (never an accidental submit) in one of the theme's variants. */
export function Button({
  variant = 'secondary',
  small = false,
  busy = false,
  class: extra,
  type = 'button',
  disabled,
  ...rest
}: ButtonProps) {
  const classes = ['btn', `btn-${variant}`, small && 'btn-small', extra].filter(Boolean).join(' ');
  return <button {...rest} type={type} class={classes} disabled={disabled || busy} aria-busy={busy || undefined} />;
}
