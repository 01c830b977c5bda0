import { CommandButton } from './commands/CommandButton';
import { Icon } from './Icon';

export function PreviousStepButton() {
  return (
    <CommandButton command="previousStep" className="control">
      <Icon name="previous" />
    </CommandButton>
  );
}

export function NextStepButton() {
  return (
    <CommandButton command="nextStep" className="control">
      <Icon name="next" />
    </CommandButton>
  );
}
