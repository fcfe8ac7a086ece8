/** The popup's per-goal tiles: the goal's colour, number and short title, "named" and "discussed" counts. */
import type { GoalNumber } from '../lib/sdg/index';
import { goal } from '../lib/sdg/index';
import { t, uiLocale } from '../lib/i18n';
import { textOn } from './goal-colours';

/** One goal's counts (a `GoalSummary` row). */
export interface GoalCount {
  goal: number;
  explicit: number;
  thematic: number;
}

/** Tiles for the goals that have findings, in goal order. */
export function GoalTiles({ goals }: { goals: readonly GoalCount[] }) {
  const shown = goals.filter((g) => g.explicit > 0 || g.thematic > 0).sort((a, b) => a.goal - b.goal);
  return (
    <ul class="sdg-tiles">
      {shown.map((g) => {
        const info = goal(g.goal as GoalNumber);
        const short = info.short[uiLocale()];
        return (
          <li
            key={g.goal}
            class="sdg-tile"
            data-goal={g.goal}
            data-named={g.explicit}
            data-discussed={g.thematic}
            style={{ background: info.colour, color: textOn(info.colour) }}
            aria-label={t('popup_goal_tile_label', [g.goal, short, g.explicit, g.thematic])}
          >
            <span class="sdg-tile-head" aria-hidden="true">
              <span class="sdg-tile-n">{g.goal}</span>
              <span class="sdg-tile-title">{short}</span>
            </span>
            <span class="sdg-tile-counts" aria-hidden="true">
              <span>
                <b>{g.explicit}</b> {t('popup_named')}
              </span>
              <span>
                <b>{g.thematic}</b> {t('popup_discussed')}
              </span>
            </span>
          </li>
        );
      })}
    </ul>
  );
}
