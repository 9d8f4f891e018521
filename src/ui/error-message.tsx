import type { CommandError, CommandErrorCode } from '../domain/commands';
import { useT } from './locale';

const ERROR_KEYS: Record<CommandErrorCode, string> = {
  invalid: 'ui_error_invalid',
  'not-found': 'ui_error_not_found',
  quota: 'ui_error_quota',
  internal: 'ui_error_internal',
};

/**
 * A failed command, said in the page's language: what kind of failure, then one line per invalid
 * field as the background reported it. Announced at once (role="alert").
 */
export function ErrorMessage({ error }: { error: CommandError }) {
  const t = useT();
  return (
    <div class="error-message" role="alert">
      <p>{t(ERROR_KEYS[error.code])}</p>
      {error.issues && error.issues.length > 0 && (
        <ul>
          {error.issues.map((issue) => (
            <li key={issue}>{issue}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
