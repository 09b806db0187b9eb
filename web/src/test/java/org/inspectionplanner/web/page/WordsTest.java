package org.inspectionplanner.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.inspectionplanner.web.job.JobKind;
import org.junit.jupiter.api.Test;

/** Issue 13 finding 1: codes, ISO dates and solver scores become words on the pages. */
class WordsTest {

    @Test
    void datesAreWrittenOut() {
        assertThat(Words.date(LocalDate.of(2026, 1, 5))).isEqualTo("5 January 2026");
        assertThat(Words.date("2026-01-05")).isEqualTo("5 January 2026");
        assertThat(Words.date("week 27")).isEqualTo("week 27");
        assertThat(Words.date((String) null)).isEmpty();
    }

    @Test
    void codesBecomeWordsAndOtherTextStays() {
        assertThat(Words.code("COMMUNITY_ORDER")).isEqualTo("Community order");
        assertThat(Words.code("TERMINATED_WITHIN_7_DAYS")).isEqualTo("Terminated within 7 days");
        assertThat(Words.code("HIGH_ROSH")).isEqualTo("High RoSH");
        assertThat(Words.code("PDU_PROBATION")).isEqualTo("PDU probation");
        assertThat(Words.code("pdu-cohort")).isEqualTo("PDU cohort");
        assertThat(Words.code("Leeds - High Street")).isEqualTo("Leeds - High Street");
        assertThat(Words.codes("UNDER_REVIEW;MULTIPLE_SENTENCES")).isEqualTo("Under review, Multiple sentences");
        assertThat(Words.codesIn("no inspector with WELSH_LANGUAGE is free on 2026-01-05"))
                .isEqualTo("no inspector with welsh language is free on 5 January 2026");
    }

    @Test
    void aScoreIsSaidAsWhatItMeansColouredByTheWorstLevel() {
        ScoreWords failed = ScoreWords.of(JobKind.ALLOCATION, "0hard/-33medium/-2677000000soft");
        assertThat(failed.summary()).isEqualTo("Keeps every hard rule; some cases not allocated");
        assertThat(failed.severity()).isEqualTo("orange");
        assertThat(ScoreWords.of(JobKind.SCHEDULE, "-2hard/0medium/-5soft").summary())
                .isEqualTo("Breaks hard rules; every inspection scheduled");
        assertThat(ScoreWords.of(JobKind.SCHEDULE, "-2hard/0medium/-5soft").severity()).isEqualTo("red");
        assertThat(ScoreWords.of(JobKind.ALLOCATION, "-3init/0hard/0medium/0soft").known()).isTrue();
        assertThat(ScoreWords.of(JobKind.ALLOCATION, null).summary()).isEqualTo("No plan yet");
    }
}
