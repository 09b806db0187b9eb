package org.inspectionplanner.web.sample;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.inspectionplanner.data.caseload.Caseload;
import org.inspectionplanner.data.io.InvalidInputException;
import org.inspectionplanner.sampler.IndexedCaseload;
import org.inspectionplanner.sampler.SampleOutput;
import org.inspectionplanner.sampler.SampleRequest;
import org.inspectionplanner.sampler.SampleResult;
import org.inspectionplanner.sampler.Sampler;
import org.inspectionplanner.sampler.SamplingMethod;
import org.inspectionplanner.web.support.OptionNames;
import org.inspectionplanner.web.support.TypedRequests;
import org.springframework.stereotype.Component;

/**
 * The sampler module behind the API. Parameters are the fields of {@link SampleRequest} as JSON
 * ({@code method} by name or CLI name, dates as yyyy-MM-dd); unknown fields are refused, so a typo
 * never silently falls back to a default.
 */
@Component
class ModuleCaseSampler implements CaseSampler {

    private static final String FIELD = "parameters";
    private static final int INDEX_CACHE = 4;

    private final ObjectMapper json;
    /** Indexed caseloads by the identity of the (cached, immutable) caseload: indexing 50,000 rows once, not per sample. */
    private final List<IndexedCaseload> indexed = new ArrayList<>();

    /** The API's own JSON conventions (camelCase, ISO dates), but strict about unknown fields. */
    ModuleCaseSampler(ObjectMapper json) {
        this.json = json.copy().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    @Override
    public Object parameters(ObjectNode request) {
        ObjectNode copy = request.deepCopy();
        try {
            if (copy.hasNonNull("method")) {
                copy.put("method", SamplingMethod.fromCliName(copy.get("method").asText()).name());
            }
            TypedRequests.read(request, CreateSampleRequest.class); // the service has taken datasetId out
            SampleRequest parsed = json.treeToValue(copy, SampleRequest.class);
            parsed.validate();
            return parsed;
        } catch (UnrecognizedPropertyException e) {
            throw new InvalidInputException(FIELD, "unknown parameter '" + e.getPropertyName() + "'");
        } catch (JsonProcessingException e) {
            throw new InvalidInputException(FIELD, e.getOriginalMessage());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(FIELD, OptionNames.asFields(e.getMessage()));
        }
    }

    @Override
    public Outcome draw(Caseload caseload, String fileName, String sha256, Object parameters) {
        SampleRequest request = (SampleRequest) parameters;
        SampleResult result;
        try {
            result = Sampler.sample(index(caseload), fileName, sha256, request);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(FIELD, OptionNames.asFields(e.getMessage()));
        }
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("method", result.report().method());
        summary.put("fieldworkStart", result.report().fieldworkStart());
        summary.put("pdu", request.pdu());
        summary.put("selected", result.sample().size());
        summary.put("reserves", result.reserves().size());
        summary.put("excluded", result.exclusions().size());
        summary.put("chosenWeeks", result.report().chosenWeeks());
        summary.put("warnings", result.warnings());
        // departures from the method's own selection (issue 10): how many cases, and in words
        summary.put("departures", result.report().deviations().size());
        summary.put("departureSummary", result.report().deviationSummary());
        return new Outcome(result.report().seed(), summary, SampleOutput.files(result));
    }

    private IndexedCaseload index(Caseload caseload) {
        synchronized (indexed) {
            for (IndexedCaseload i : indexed) {
                if (i.caseload() == caseload) {
                    return i;
                }
            }
        }
        IndexedCaseload fresh = IndexedCaseload.of(caseload);
        synchronized (indexed) {
            indexed.add(0, fresh);
            if (indexed.size() > INDEX_CACHE) {
                indexed.remove(indexed.size() - 1);
            }
        }
        return fresh;
    }
}
