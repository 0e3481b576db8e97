/**
 * Where a place is: coordinates come from a curator's knowledge (gazetteers, the camps' known
 * administrative centres), never from the texts, which name places without locating them. So
 * every coordinate says what it rests on (`basis.coordinates`), and every place of a kind a map
 * should draw has coordinates or says why it cannot be located.
 */
import { LOCATED_PLACE_KINDS } from '../domain/vocabulary';
import type { EntityRecord } from './dataset-records';

export function checkPlaceLocation(
  entity: EntityRecord,
  problem: (field: string, message: string) => void,
): void {
  const basis = entity.basis?.coordinates;
  if (entity.coordinates && basis === undefined)
    problem(
      'basis.coordinates',
      'is required: say where the coordinates come from ({ curator: "..." }), since the texts do not give them',
    );
  if (!entity.coordinates && basis !== undefined)
    problem('basis.coordinates', 'the entity has no coordinates for this basis to support');
  if (entity.coordinates && entity.notLocated !== undefined)
    problem('notLocated', 'a place with coordinates is located: drop notLocated or the coordinates');
  if (
    entity.kind === 'PLACE' &&
    LOCATED_PLACE_KINDS.includes(entity.placeKind ?? '') &&
    !entity.coordinates &&
    entity.notLocated === undefined
  )
    problem(
      'coordinates',
      `is required for a ${entity.placeKind} (the map draws every ${LOCATED_PLACE_KINDS.join(', ')}): give them with their basis, or say in notLocated why it cannot be located`,
    );
}
