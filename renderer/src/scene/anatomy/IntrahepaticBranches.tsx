import { getAnatomy } from '../../anatomy';
import { branchMaterial } from './materials';

export interface IntrahepaticBranchesProps {
  /** Draw the trees; true. They sit inside the liver, so they show when the liver is see-through. */
  visible?: boolean;
}

const TREES = [
  ['portal', 'portal'],
  ['artery', 'artery'],
  ['hepaticVein', 'vein'],
] as const;

/** Structure ids, as in the anatomy locale file. */
const STRUCTURE = {
  portal: 'portalBranches',
  artery: 'arterialBranches',
  hepaticVein: 'hepaticVeinBranches',
} as const;

/** Portal vein, hepatic artery and hepatic vein branches inside the liver, one merged mesh per tree. */
export function IntrahepaticBranches({ visible = true }: IntrahepaticBranchesProps) {
  const geometry = getAnatomy().branchGeometry;
  return (
    <group name="intrahepaticBranches" visible={visible}>
      {TREES.map(([tree, system]) => {
        const g = geometry[tree];
        return g ? (
          <mesh
            key={tree}
            name={STRUCTURE[tree]}
            geometry={g}
            material={branchMaterial(system)}
            userData={{ structure: STRUCTURE[tree] }}
            dispose={null}
          />
        ) : null;
      })}
    </group>
  );
}
