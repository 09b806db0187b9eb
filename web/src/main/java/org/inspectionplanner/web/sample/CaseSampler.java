package org.inspectionplanner.web.sample;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.inspectionplanner.data.caseload.Caseload;
import org.inspectionplanner.data.io.InvalidInputException;

/** The service's view of the sampler module. */
public interface CaseSampler {

    /**
     * Checks the request's sampler parameters (everything but {@code datasetId}) before the sample
     * is queued, so that bad parameters are a 400 at once.
     *
     * @throws InvalidInputException naming each bad parameter
     */
    Object parameters(ObjectNode request);

    /**
     * Draws the sample from a caseload dataset (its file name and SHA-256 go into the report).
     *
     * @return the seed used, a short summary for listings, and the output files by name:
     *         {@code sample.csv}, {@code reserves.csv}, {@code exclusions.csv}, {@code report.json}
     * @throws InvalidInputException if the caseload cannot give the sample asked for
     */
    Outcome draw(Caseload caseload, String fileName, String sha256, Object parameters);

    record Outcome(long seed, Map<String, Object> summary, Map<String, byte[]> files) {
    }
}
