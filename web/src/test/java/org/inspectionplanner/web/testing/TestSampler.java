package org.inspectionplanner.web.testing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.inspectionplanner.data.caseload.CaseRecord;
import org.inspectionplanner.data.caseload.Caseload;
import org.inspectionplanner.data.io.CaseloadCsv;
import org.inspectionplanner.data.io.CsvOutput;
import org.inspectionplanner.data.io.InvalidInputException;
import org.inspectionplanner.web.sample.CaseSampler;

/**
 * A stand-in for the sampler module at the web layer's boundary (the web tests check storage,
 * jobs and access, not sampling): takes every n-th case. Parameters: {@code size} (1..10000).
 */
public class TestSampler implements CaseSampler {

    @Override
    public Object parameters(ObjectNode request) {
        if (!request.has("size") || !request.get("size").canConvertToInt()
                || request.get("size").asInt() < 1 || request.get("size").asInt() > 10_000) {
            throw new InvalidInputException("parameters", "size must be a whole number from 1 to 10000");
        }
        return request.get("size").asInt();
    }

    @Override
    public Outcome draw(Caseload caseload, String fileName, String sha256, Object parameters) {
        int size = (Integer) parameters;
        List<CaseRecord> cases = caseload.cases();
        if (size > cases.size()) {
            throw new InvalidInputException("parameters", "size " + size + " is more than the " + cases.size() + " cases");
        }
        StringBuilder sample = new StringBuilder();
        StringBuilder reserves = new StringBuilder();
        StringBuilder exclusions = new StringBuilder();
        CsvOutput s = CsvOutput.to(sample).row(CaseloadCsv.header(caseload.extraColumns()));
        CsvOutput r = CsvOutput.to(reserves).row(CaseloadCsv.header(caseload.extraColumns()));
        CsvOutput.to(exclusions).row("case_id", "reason").flush();
        for (int i = 0; i < cases.size(); i++) {
            (i < size ? s : r).row(CaseloadCsv.values(cases.get(i), caseload.extraColumns()));
        }
        s.flush();
        r.flush();
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("sample.csv", bytes(sample));
        files.put("reserves.csv", bytes(reserves));
        files.put("exclusions.csv", bytes(exclusions));
        files.put("report.json", ("{\"size\":" + size + ",\"eligible\":" + cases.size() + "}").getBytes(StandardCharsets.UTF_8));
        return new Outcome(42L, Map.of("size", size), files);
    }

    private static byte[] bytes(StringBuilder text) {
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
