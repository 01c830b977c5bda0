import { CommandButton } from './commands/CommandButton';
import { CommandToggle } from './commands/CommandToggle';

/** Labels on/off, camera following the steps, and a way back to the step's view. */
export function ViewToggles() {
  return (
    <div className="view-toggles">
      <CommandToggle command="toggleLabels" />
      <CommandToggle command="toggleFollowSteps" />
      <CommandButton command="resetView" />
    </div>
  );
}
