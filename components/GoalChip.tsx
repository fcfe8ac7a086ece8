import { goal, type GoalNumber } from '../lib/sdg/index';
import { textOn } from './goal-colours';

/** The goal's colour square with its number, like a small SDG icon (decorative: the label says the goal). */
export function GoalChip({ n, size = 28 }: { n: GoalNumber; size?: number }) {
  const colour = goal(n).colour;
  return (
    <span
      class="sdg-chip"
      aria-hidden="true"
      style={{ background: colour, color: textOn(colour), width: `${size}px`, height: `${size}px`, fontSize: `${Math.round(size * 0.5)}px` }}
    >
      {n}
    </span>
  );
}

/** A neutral chip for general SDG references (no specific goal): the 17 colours as a ring. */
export function WheelChip({ size = 28 }: { size?: number }) {
  const stops = Array.from({ length: 17 }, (_, i) => `${goal((i + 1) as GoalNumber).colour} ${(i / 17) * 360}deg ${((i + 1) / 17) * 360}deg`);
  return (
    <span
      class="sdg-chip sdg-chip-wheel"
      aria-hidden="true"
      style={{ background: `conic-gradient(${stops.join(',')})`, width: `${size}px`, height: `${size}px` }}
    />
  );
}
