package org.inspectionplanner.web.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.inspectionplanner.sampler.SampleRequest;
import org.junit.jupiter.api.Test;

/** The documented body of POST /api/samples is the sampler's request and the dataset, field for field. */
class CreateSampleRequestTest {

    private static List<String> names(Class<?> record) {
        return Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName).toList();
    }

    @Test
    void theBodyIsTheSamplersRequestAndTheDataset() {
        List<String> expected = new ArrayList<>(List.of("datasetId"));
        expected.addAll(names(SampleRequest.class));
        assertThat(names(CreateSampleRequest.class)).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void theScheduleDrawsOptionsAreTheSamplersOwnLessWhatTheScheduleGives() {
        List<String> expected = new ArrayList<>(names(SampleRequest.class));
        expected.removeAll(List.of("method", "fieldworkStart", "pdu"));
        assertThat(names(SampleOptions.class)).containsExactlyInAnyOrderElementsOf(expected);
    }
}
