import type { CommandError } from '../domain/commands';
import { messageKey } from '../text/message-key';
import { useT } from './locale';

/**
 * A failed command, said in the page's language: what kind of failure, then one line per invalid
 * field as the background reported it. Announced at once (role="alert").
 */
export function ErrorMessage({ error }: { error: CommandError }) {
  const t = useT();
  return (
    <div class="error-message" role="alert">
      <p>{t(messageKey('ui_error', error.code))}</p>
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
