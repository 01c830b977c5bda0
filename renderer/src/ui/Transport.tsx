import { Clock } from './Clock';
import { PlayButton } from './PlayButton';
import { SpeedSelect } from './SpeedSelect';
import { NextStepButton, PreviousStepButton } from './StepButtons';
import { Timeline } from './Timeline';

/** Previous, play, next, the timeline, the clock and the speed: the same bar in every shell that has one. */
export function Transport() {
  return (
    <div className="transport">
      <PreviousStepButton />
      <PlayButton />
      <NextStepButton />
      <Timeline />
      <Clock />
      <SpeedSelect />
    </div>
  );
}
