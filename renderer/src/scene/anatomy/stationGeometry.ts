import type { Station } from '../../anatomy';
import {
  bubbleTrap,
  centrifugalPump,
  filterCartridge,
  heatExchanger,
  type MachineParts,
  oxygenator,
  rollerPump,
} from '../devices/machineGeometry';

const cache = new Map<string, MachineParts>();

/** The machine a station is, in mm around its centre; built once per station and shared. */
export function stationGeometry(station: Pick<Station, 'id' | 'kind' | 'sizeMm' | 'head'>): MachineParts {
  let parts = cache.get(station.id);
  if (!parts) {
    parts = build(station);
    cache.set(station.id, parts);
  }
  return parts;
}

function build({ kind, sizeMm, head }: Pick<Station, 'kind' | 'sizeMm' | 'head'>): MachineParts {
  switch (kind) {
    case 'pump':
      return head === 'centrifugal' ? centrifugalPump(sizeMm) : rollerPump(sizeMm);
    case 'filter':
      return filterCartridge(sizeMm);
    case 'bubbleTrap':
      return bubbleTrap(sizeMm);
    case 'oxygenator':
      return oxygenator(sizeMm);
    case 'heatExchanger':
      return heatExchanger(sizeMm);
  }
}
