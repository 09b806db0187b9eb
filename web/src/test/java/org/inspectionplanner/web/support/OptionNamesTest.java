package org.inspectionplanner.web.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OptionNamesTest {

    @Test
    void optionsBecomeTheJsonFieldsTheClientSent() {
        assertThat(OptionNames.asFields("--to 2026-01-05 is before --from 2026-12-28"))
                .isEqualTo("to 2026-01-05 is before from 2026-12-28");
        assertThat(OptionNames.asFields("give either --target-size or --confidence/--margin, not both"))
                .isEqualTo("give either targetSize or confidence/margin, not both");
        assertThat(OptionNames.asFields("--max-per-practitioner must be 1 or more, got 0"))
                .isEqualTo("maxPerPractitioner must be 1 or more, got 0");
    }

    @Test
    void otherTextIsLeftAlone() {
        assertThat(OptionNames.asFields("PDU 'a--b' is not in the caseload; 2026-01-05 -- 2026-02-01"))
                .isEqualTo("PDU 'a--b' is not in the caseload; 2026-01-05 -- 2026-02-01");
    }
}
