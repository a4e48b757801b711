// A quiet button that shows an icon: its name is said by screen readers (aria-label) and shown on hover
// (title), from the same i18n string. `danger` marks one that destroys something (red on hover).
import type { ButtonHTMLAttributes, JSX } from 'preact';
import { Icon, type IconName } from './icons';

export interface IconButtonProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'icon' | 'label' | 'class'> {
  icon: IconName;
  /** The accessible name and tooltip. */
  label: string;
  danger?: boolean;
}

export function IconButton({ icon, label, danger = false, ...rest }: IconButtonProps): JSX.Element {
  return (
    <button type="button" {...rest} class={danger ? 'icon-button is-danger' : 'icon-button'} aria-label={label} title={label}>
      <Icon name={icon} />
    </button>
  );
}
