package org.inspectionplanner.web.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.inspectionplanner.data.io.InvalidInputException;
import org.junit.jupiter.api.Test;

/** A value of the wrong type is named with what it must be, in words, without quoting what was sent. */
class TypedRequestsTest {

    enum Colour { RED, GREEN }

    record Body(LocalDate day, Integer count, Long id, Double share, Boolean flag, List<LocalTime> times, Colour colour) {
    }

    private static String problem(String json) throws Exception {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> TypedRequests.read(new ObjectMapper().readTree(json), Body.class));
        assertThat(e).as(json).isNotNull();
        return e.getMessage();
    }

    @Test
    void eachWrongTypeSaysWhatTheFieldMustBe() throws Exception {
        assertThat(problem("{\"day\":\"2026-02-30\"}")).isEqualTo("day:0:0: day must be a date as yyyy-MM-dd (a day that exists, e.g. 2026-01-05)")
                .doesNotContain("2026-02-30\"");
        assertThat(problem("{\"count\":\"SECRET\"}")).endsWith("count must be a whole number from -2147483648 to 2147483647")
                .doesNotContain("SECRET");
        assertThat(problem("{\"count\":99999999999}")).endsWith("count must be a whole number from -2147483648 to 2147483647");
        assertThat(problem("{\"id\":1.5e400}")).contains("id must be a whole number");
        assertThat(problem("{\"share\":\"half\"}")).endsWith("share must be a number");
        assertThat(problem("{\"flag\":\"maybe\"}")).endsWith("flag must be true or false");
        assertThat(problem("{\"times\":[\"25:99\"]}")).endsWith("times[0] must be a time of day as HH:mm (e.g. 09:30)");
        assertThat(problem("{\"times\":\"09:30\"}")).endsWith("times must be a list");
        assertThat(problem("{\"colour\":\"BLUE\"}")).endsWith("colour must be one of RED, GREEN");
    }
}
