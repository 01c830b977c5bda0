import { ExploreTools } from './ExploreTools';
import { StructureList } from './StructureList';

/** The Explore tab: view tools above the structure list. */
export function ExplorePanel() {
  return (
    <div className="explore-panel">
      <ExploreTools />
      <StructureList />
    </div>
  );
}
