package org.inspectionplanner.sampler;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
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

/** A small in-code builder of caseload rows for the sampler's tests. */
final class Cases {

    /** A Monday: 2026-03-02. Week 27 before it starts 2025-08-25. */
    static final LocalDate F = LocalDate.of(2026, 3, 2);

    private Cases() {
    }

    static LocalDate weekStart(int k) {
        return F.minusDays(7L * k);
    }

    static Builder aCase(String id) {
        return new Builder(id);
    }

    static Caseload caseload(List<CaseRecord> cases) {
        return new Caseload("test.csv", List.of(), cases);
    }

    static Caseload caseload(Builder... builders) {
        List<CaseRecord> cases = new ArrayList<>();
        for (Builder b : builders) {
            cases.add(b.build());
        }
        return caseload(cases);
    }

    static final class Builder {
        private final String caseId;
        private String personId;
        private String pdu = "PDU-A";
        private String office = "Office 1";
        private String practitioner;
        private SentenceType type = SentenceType.COMMUNITY_ORDER;
        private Set<Requirement> requirements = EnumSet.of(Requirement.RAR);
        private LocalDate start = weekStart(27);
        private LocalDate termination;
        private Integer months = 12;
        private LocalDate dob = LocalDate.of(1990, 1, 1);
        private Gender gender = Gender.MALE;
        private Ethnicity ethnicity = Ethnicity.WHITE;
        private RiskLevel rosh = RiskLevel.MEDIUM;
        private int mappaLevel;
        private boolean underReview;
        private boolean recalled;
        private String releasedFrom;
        private Map<String, String> extra = Map.of();
        private boolean restricted;

        Builder(String caseId) {
            this.caseId = caseId;
            this.personId = "P-" + caseId;
            this.practitioner = "PR-" + caseId;
        }

        Builder person(String v) { personId = v; return this; }
        Builder pdu(String v) { pdu = v; return this; }
        Builder office(String v) { office = v; return this; }
        Builder practitioner(String v) { practitioner = v; return this; }
        Builder type(SentenceType v) { type = v; if (!v.isCommunity()) { requirements = Set.of(); } return this; }
        Builder requirements(Requirement... v) { requirements = v.length == 0 ? Set.of() : EnumSet.of(v[0], v); return this; }
        Builder start(LocalDate v) { start = v; return this; }
        Builder week(int k) { start = weekStart(k).plusDays(2); return this; }
        Builder terminated(LocalDate v) { termination = v; return this; }
        Builder months(Integer v) { months = v; return this; }
        Builder born(LocalDate v) { dob = v; return this; }
        Builder gender(Gender v) { gender = v; return this; }
        Builder female() { gender = Gender.FEMALE; return this; }
        Builder ethnicity(Ethnicity v) { ethnicity = v; return this; }
        Builder minority() { ethnicity = Ethnicity.BLACK; return this; }
        Builder rosh(RiskLevel v) { rosh = v; return this; }
        Builder highRosh() { rosh = RiskLevel.HIGH; return this; }
        Builder mappaLevel(int v) { mappaLevel = v; return this; }
        Builder underReview() { underReview = true; return this; }
        Builder recalled() { recalled = true; return this; }
        Builder releasedFrom(String v) { releasedFrom = v; return this; }
        Builder cluster(String v) { extra = Map.of("cluster", v); return this; }
        Builder restricted() { restricted = true; return this; }

        CaseRecord build() {
            return new CaseRecord(caseId, personId, pdu, office, practitioner, type, requirements, start, termination,
                    months, dob, gender, ethnicity, rosh, RiskLevel.MEDIUM, mappaLevel > 0 ? 2 : 0, mappaLevel,
                    underReview, false, false, false, recalled, releasedFrom, null, extra, restricted);
        }
    }
}
