import { CommandButton } from './commands/CommandButton';
import { CommandToggle } from './commands/CommandToggle';

/** Labels on/off, camera following the steps, a way back to the step's view, colours and motion. */
export function ViewToggles() {
  return (
    <div className="view-toggles">
      <CommandToggle command="toggleLabels" />
      <CommandToggle command="toggleFollowSteps" />
      <CommandToggle command="toggleColourSafePalette" />
      <CommandToggle command="toggleReducedMotion" />
      <CommandButton command="resetView" />
    </div>
  );
}
