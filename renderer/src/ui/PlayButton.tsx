import { CommandButton } from './commands/CommandButton';
import { useCommand } from './commands/useCommand';
import { Icon } from './Icon';

/** Play/Pause; its accessible name says what pressing it will do. */
export function PlayButton() {
  const { pressed } = useCommand('togglePlay');
  return (
    <CommandButton command="togglePlay" className="control control-primary" showPressed={false}>
      <Icon name={pressed ? 'pause' : 'play'} />
    </CommandButton>
  );
}
