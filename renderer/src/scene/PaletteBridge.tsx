import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { PALETTES } from '../anatomy/palette';
import { setDrugPalette } from '../runtime/drugColour';
import { useAppStore } from '../store/appStore';
import { applyMaterialPalette } from './anatomy/materials';
import { applySectionPalette } from './anatomy/sectionPainter';
import { applyBloodPalette } from './bloodColours';

/** Recolours vessels, devices, blood, the drug and cut faces when the viewer picks another palette. */
export function PaletteBridge() {
  const invalidate = useThree((s) => s.invalidate);
  const palette = useAppStore((s) => s.palette);
  useEffect(() => {
    const colours = PALETTES[palette];
    applyMaterialPalette(colours);
    applySectionPalette(colours);
    applyBloodPalette(colours);
    setDrugPalette(palette);
    invalidate();
  }, [palette, invalidate]);
  return null;
}
