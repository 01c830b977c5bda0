import { useLayoutEffect, useRef } from 'react';
import type { Group, Mesh } from 'three';
import { getAnatomy } from '../../anatomy';
import { insideLiver } from '../quality/leanFrame';
import { branchMaterial } from './materials';
import { accelerateRaycast } from './pickAcceleration';

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

/**
 * Portal vein, hepatic artery and hepatic vein branches inside the liver, one merged mesh per tree;
 * left out of lean frames while the liver hides them.
 */
export function IntrahepaticBranches({ visible = true }: IntrahepaticBranchesProps) {
  const geometry = getAnatomy().branchGeometry;
  const ref = useRef<Group>(null);
  useLayoutEffect(() => {
    const group = ref.current;
    if (!group) return;
    const undo = [insideLiver(group), ...group.children.map((tree) => accelerateRaycast(tree as Mesh))];
    return () => {
      for (const u of undo) u();
    };
  }, []);
  return (
    <group ref={ref} name="intrahepaticBranches" visible={visible}>
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
