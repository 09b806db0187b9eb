package org.inspectionplanner.planner.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.inspectionplanner.data.Inspectorate;
import org.junit.jupiter.api.Test;

/** The solver's value range per inspection: only the weeks its own window, notice and the blackouts allow. */
class PossibleStartsTest {

    @Test
    void startsBreakingTheWindowTheNoticeOrABlackoutAreNotOffered() {
        ScheduledInspection i = Fixtures.entity("A").weeks(2).window(3, 12).notice(5).unscheduled().build();
        ProgrammeParameters parameters = ProgrammeParameters.of(Fixtures.FROM, Fixtures.FROM.plusWeeks(Fixtures.HORIZON - 1),
                Fixtures.FROM);
        new ProgrammeSchedule(parameters, Fixtures.WEEKS,
                List.of(new WeekCapacity(Inspectorate.PROBATION, Fixtures.week(0), 4)),
                List.of(new Blackout(Fixtures.week(8), "Easter")), new java.util.ArrayList<>(List.of(i)));
        // notice from week 5; 2 weeks must end by week 12; weeks 7 and 8 would run into the week-8 blackout
        assertThat(i.getPossibleStarts()).extracting(Week::index).containsExactly(5, 6, 9, 10, 11);
    }
}
