/** Transport icons drawn as SVG: symbol glyphs are missing from many system fonts. */
const PATHS = {
  play: 'M7 4.5v15l12.5-7.5z',
  pause: 'M6 4.5h4.5v15H6zM13.5 4.5H18v15h-4.5z',
  previous: 'M5 4.5h2.5v15H5zM19.5 4.5v15L9 12z',
  next: 'M16.5 4.5H19v15h-2.5zM4.5 4.5v15L15 12z',
} as const;

interface IconProps {
  name: keyof typeof PATHS;
}

export function Icon({ name }: IconProps) {
  return (
    <svg className="icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
      <path d={PATHS[name]} fill="currentColor" />
    </svg>
  );
}
