package org.inspectionplanner.sampler;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.inspectionplanner.data.caseload.CaseRecord;
import org.inspectionplanner.data.caseload.Caseload;
import org.inspectionplanner.data.caseload.Ethnicity;
import org.inspectionplanner.data.caseload.Gender;
import org.inspectionplanner.data.caseload.Requirement;
import org.inspectionplanner.data.caseload.RiskLevel;
import org.inspectionplanner.data.caseload.SentenceType;
import org.inspectionplanner.data.io.CaseloadCsv;

/** Seeded random caseloads for property and reproducibility tests: every field varied, edge cases frequent. */
final class RandomCaseloads {

    private RandomCaseloads() {
    }

    static Caseload generate(long seed, int rows) {
        Random random = new Random(seed);
        List<CaseRecord> cases = new ArrayList<>();
        Requirement[] requirements = Requirement.values();
        for (int i = 0; i < rows; i++) {
            String person = "P" + (random.nextInt(10) == 0 ? random.nextInt(Math.max(1, i + 1)) : 10_000 + i);
            // start dates 10..60 weeks before fieldwork: every method's window is covered
            LocalDate start = Cases.F.minusDays(70 + random.nextInt(350));
            SentenceType type = SentenceType.values()[random.nextInt(4)];
            Set<Requirement> reqs = EnumSet.noneOf(Requirement.class);
            if (type.isCommunity()) {
                int n = random.nextInt(3);
                for (int r = 0; r < n; r++) {
                    reqs.add(requirements[random.nextInt(requirements.length)]);
                }
            }
            LocalDate termination = random.nextInt(6) == 0 ? start.plusDays(random.nextInt(60)) : null;
            int office = random.nextInt(3);
            String pdu = random.nextBoolean() ? "PDU-A" : "PDU-B";
            cases.add(new CaseRecord(
                    String.format("C%05d", i), person, pdu, pdu + " office " + office,
                    random.nextInt(12) == 0 ? null : pdu + "-PR" + random.nextInt(8),
                    type, reqs, start, termination,
                    random.nextInt(8) == 0 ? null : 1 + random.nextInt(48),
                    start.minusYears(18 + random.nextInt(50)).minusDays(random.nextInt(365)),
                    random.nextInt(20) == 0 ? null : random.nextInt(7) == 0 ? Gender.FEMALE
                            : random.nextInt(30) == 0 ? Gender.OTHER : Gender.MALE,
                    random.nextInt(15) == 0 ? null : random.nextInt(5) == 0
                            ? Ethnicity.values()[1 + random.nextInt(4)] : Ethnicity.WHITE,
                    random.nextInt(10) == 0 ? null : RiskLevel.values()[random.nextInt(4)],
                    RiskLevel.values()[random.nextInt(4)],
                    random.nextInt(4), random.nextInt(4),
                    random.nextInt(25) == 0, false, false, false, random.nextInt(10) == 0,
                    type.isCommunity() ? null : "HMP " + (char) ('A' + random.nextInt(5)),
                    random.nextInt(10), Map.of()));
        }
        return new Caseload("random.csv", List.of(), cases);
    }

    /** {@link #generate} written as {@code caseload.csv} in {@code dir}. */
    static Path file(Path dir, long seed, int rows) {
        Path file = dir.resolve("caseload.csv");
        CaseloadCsv.write(generate(seed, rows), file);
        return file;
    }
}
