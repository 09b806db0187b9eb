package org.inspectionplanner.web.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HtmlSafeJsonTest {

    @Test
    void markupCharactersAndLineSeparatorsAreEscapedAndTheJsonStillReadsBack() throws Exception {
        String office = "</script><img src=x onerror='alert(1)'> & \"quoted\" \u2028\u2029 end";
        String json = HtmlSafeJson.write(Map.of("labels", List.of(office)));
        assertThat(json).doesNotContain("<").doesNotContain(">").doesNotContain("&").doesNotContain("'")
                .doesNotContain("\u2028").doesNotContain("\u2029")
                .contains("\\u003C/script\\u003E").contains("\\u2028");
        // Only the four quotes that delimit the two JSON strings remain.
        assertThat(json.chars().filter(c -> c == '"').count()).isEqualTo(4);
        assertThat(new ObjectMapper().readTree(json).get("labels").get(0).asText()).isEqualTo(office);
    }
}
