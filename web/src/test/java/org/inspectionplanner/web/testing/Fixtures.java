package org.inspectionplanner.web.testing;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.inspectionplanner.data.caseload.CaseRecord;
import org.inspectionplanner.data.caseload.Caseload;
import org.inspectionplanner.data.caseload.Ethnicity;
import org.inspectionplanner.data.caseload.Gender;
import org.inspectionplanner.data.caseload.Requirement;
import org.inspectionplanner.data.caseload.RiskLevel;
import org.inspectionplanner.data.caseload.SentenceType;
import org.inspectionplanner.data.io.CaseloadCsv;

/** Small synthetic inputs for the web tests (no real person's data). */
public final class Fixtures {

    private Fixtures() {
    }

    /** A valid caseload CSV of {@code rows} cases over two PDUs; one office is a formula-like value. */
    public static byte[] caseloadCsv(int rows) {
        return caseloadCsv(rows, "C");
    }

    /**
     * The same caseload with case references starting {@code crnPrefix}: bytes no other fixture's file contains
     * (a longer caseload with the same prefix contains a shorter one, since the rows are generated in order).
     */
    public static byte[] caseloadCsv(int rows, String crnPrefix) {
        List<CaseRecord> cases = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            cases.add(new CaseRecord(crnPrefix + (1000 + i), "P" + (5000 + i), i % 2 == 0 ? "North PDU" : "South PDU",
                    i % 5 == 0 ? "=HYPERLINK(\"x\")" : "Office " + (i % 3), i % 4 == 0 ? null : "PR" + (i % 7),
                    i % 3 == 0 ? SentenceType.LICENCE : SentenceType.COMMUNITY_ORDER, Set.of(Requirement.RAR),
                    LocalDate.of(2025, 1, 6).plusDays(i % 60), null, 12, LocalDate.of(1980, 1, 1).plusDays(i * 97L),
                    i % 6 == 0 ? Gender.FEMALE : Gender.MALE, i % 5 == 0 ? Ethnicity.ASIAN : Ethnicity.WHITE,
                    i % 10 == 0 ? RiskLevel.HIGH : RiskLevel.MEDIUM, RiskLevel.LOW, 0, 0, false, false, false, false,
                    false, null, null, Map.of()));
        }
        StringBuilder out = new StringBuilder();
        CaseloadCsv.write(new Caseload("test.csv", List.of(), cases), out);
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A caseload CSV with a bad date on data line 3 (file line 4), column 8. */
    public static byte[] badCaseloadCsv() {
        String good = new String(caseloadCsv(4), StandardCharsets.UTF_8);
        String[] lines = good.split("\r\n");
        String[] cells = lines[3].split(",", -1);
        cells[7] = "2025-13-45";
        lines[3] = String.join(",", cells);
        return (String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8);
    }
}
