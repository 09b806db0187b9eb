package org.inspectionplanner.sampler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.inspectionplanner.sampler.Cases.F;
import static org.inspectionplanner.sampler.Cases.aCase;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.inspectionplanner.data.caseload.Caseload;
import org.inspectionplanner.data.caseload.RiskLevel;
import org.inspectionplanner.data.caseload.SentenceType;
import org.inspectionplanner.data.io.MojLongList;
import org.junit.jupiter.api.Test;

/**
 * The published test expectations of the Ministry of Justice's probation case sampler
 * (SampleSizeCalculatorTest, AllocationCalculatorTest, RoAllocationAdjusterTest, CasesTest), carried
 * over as figures into our own tests of stratified-shortlist, with the reason wherever ours differs
 * on purpose. Every case has its own practitioner unless the test is about the cap.
 */
class MojExpectationsTest {

    private static final LocalDate FROM = F.minusDays(200);

    private static SampleResult shortlist(List<Cases.Builder> cases, int target, long seed) {
        return Sampler.sample(Cases.caseload(cases.toArray(Cases.Builder[]::new)), "t.csv", "x",
                SampleRequest.builder(SamplingMethod.STRATIFIED_SHORTLIST, F).seed(seed).window(FROM, F.minusDays(1))
                        .targetSize(target).build());
    }

    private static SampleResult shortlist(Caseload caseload, int target) {
        return Sampler.sample(caseload, "longlist.json", "x", SampleRequest.builder(SamplingMethod.STRATIFIED_SHORTLIST, F)
                .seed(1L).window(LocalDate.of(2018, 1, 1), F).targetSize(target).build());
    }

    /** n cases of one stratum: 0 FEMALE, 1 MALE_COMMUNITY_LOW, 2 MALE_COMMUNITY_NON_LOW, 3 and 4 post-custody. */
    private static List<Cases.Builder> stratum(int stratum, int n) {
        List<Cases.Builder> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Cases.Builder b = aCase("S" + stratum + "-" + String.format("%04d", i)).start(FROM.plusDays(i % 150));
            switch (stratum) {
                case 0 -> b.female();
                case 1 -> b.rosh(RiskLevel.LOW);
                case 2 -> b.rosh(RiskLevel.HIGH);
                case 3 -> b.type(SentenceType.LICENCE).rosh(RiskLevel.LOW);
                default -> b.type(SentenceType.LICENCE).rosh(RiskLevel.HIGH);
            }
            out.add(b);
        }
        return out;
    }

    private static List<Cases.Builder> strata(int... sizes) {
        List<Cases.Builder> all = new ArrayList<>();
        for (int s = 0; s < sizes.length; s++) {
            all.addAll(stratum(s, sizes[s]));
        }
        return all;
    }

    private static Map<String, Long> byStratum(SampleResult r) {
        return r.sample().stream().collect(Collectors.groupingBy(SampledCase::stratum, Collectors.counting()));
    }

    private static Map<String, Long> count(SampleResult r, java.util.function.Function<SampledCase, String> f) {
        return r.sample().stream().collect(Collectors.groupingBy(f, Collectors.counting()));
    }

    @Test
    void tenFromStrataOfFiftyAndFiftyIsFiveAndFive() {
        assertThat(byStratum(shortlist(strata(50, 50), 10, 1L)).values()).containsExactly(5L, 5L);
    }

    @Test
    void tenFromThreeStrataOfFiftyIsFourThreeThree() {
        assertThat(byStratum(shortlist(strata(50, 50, 50), 10, 1L)).values())
                .containsExactlyInAnyOrder(4L, 3L, 3L);
    }

    @Test
    void aThousandFromThreeStrataOfFiftyTakesEveryCaseAndSaysSo() {
        SampleResult r = shortlist(strata(50, 50, 50), 1000, 1L);
        assertThat(byStratum(r).values()).containsExactly(50L, 50L, 50L);
        // the MoJ tool returns the 150 silently; ours warns, and names the window, not the practitioner cap
        assertThat(r.warnings()).contains(
                "The sample has 150 cases, fewer than the target of 1000 (the window has only 150 eligible cases)");
    }

    @Test
    void anEmptyWindowDoesNotBlameThePractitionerCap() {
        SampleResult r = Sampler.sample(Cases.caseload(aCase("A").start(FROM.minusDays(5))), "t.csv", "x",
                SampleRequest.builder(SamplingMethod.STRATIFIED_SHORTLIST, F).seed(1L).window(FROM, F.minusDays(1))
                        .targetSize(10).build());
        assertThat(r.warnings()).noneMatch(w -> w.contains("cap"))
                .contains("The sample has 0 cases, fewer than the target of 10 (the window has only 0 eligible cases)");
    }

    @Test
    void oneHundredAndFortyEightFromTheDocumentedStrataIsTheLargestRemainderAllocation() {
        // quotas 148 * n / 1217 (python3: [round(148*n/1217, 2) for n in (454, 138, 327, 129, 169)])
        // = 55.21, 16.78, 39.77, 15.69, 20.55: floors 55+16+39+15+20 = 145, the three largest remainders
        // (.78, .77, .69) get one more. The MoJ tool rounds each quota (55+17+40+16+21 = 149) and then takes
        // one from its largest stratum: 54/17/40/16/21, a rounding artefact that moves a case from the
        // stratum with the smallest remainder cut (.21) to one rounded up from .55.
        SampleResult r = shortlist(strata(454, 138, 327, 129, 169), 148, 1L);
        assertThat(byStratum(r)).containsOnly(Map.entry("FEMALE", 55L), Map.entry("MALE_COMMUNITY_LOW", 17L),
                Map.entry("MALE_COMMUNITY_NON_LOW", 40L), Map.entry("MALE_POST_CUSTODY_LOW", 16L),
                Map.entry("MALE_POST_CUSTODY_NON_LOW", 20L));
        // the MoJ tool's 20% buffer: round(29.6) = 30 over its strata (66+20+48+19+25 = 178); ours: ceil(29.6) = 30
        assertThat(r.reserves()).hasSize(30);
    }

    @Test
    void theBufferRoundsUpWhereTheMojToolRoundsToNearest() {
        // 12 cases: MoJ buffer round(2.4) = 2; ours ceil(2.4) = 3, never fewer reserves than 20% of the sample
        assertThat(shortlist(strata(50, 50), 12, 1L).reserves()).hasSize(3);
    }

    @Test
    void anOfficerCapOfSixMovesTheOverflowToTheOtherOfficersOfTheLdu() {
        // AllocationCalculatorTest "allocation takes into account ro max limits": 12 from ro1 20, ro2 5, ro3 2
        List<Cases.Builder> cases = new ArrayList<>();
        for (int i = 0; i < 27; i++) {
            String ro = i < 20 ? "ro1" : i < 25 ? "ro2" : "ro3";
            cases.add(aCase(String.format("C%02d", i)).rosh(RiskLevel.HIGH).cluster("N01").pdu("LDU01")
                    .practitioner(ro).start(FROM.plusDays(i)));
        }
        assertThat(count(shortlist(cases, 12, 1L), s -> s.record().practitionerId()))
                .containsOnly(Map.entry("ro1", 6L), Map.entry("ro2", 4L), Map.entry("ro3", 2L));
    }

    @Test
    void whatAnLduCannotTakeUnderTheCapGoesToTheRestOfItsCluster() {
        // the MoJ tool reallocates only inside the LDU and leaves a shortfall; ours moves it up a level
        List<Cases.Builder> cases = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            cases.add(aCase(String.format("B%02d", i)).practitioner("BUSY").pdu("L1").start(FROM.plusDays(i)));
        }
        for (int i = 0; i < 4; i++) {
            cases.add(aCase("COL" + i).practitioner("COLLEAGUE").pdu("L1").start(FROM.plusDays(i)));
            cases.add(aCase("X" + i).practitioner("X").pdu("L2").start(FROM.plusDays(i)));
            cases.add(aCase("Y" + i).practitioner("Y").pdu("L2").start(FROM.plusDays(i)));
        }
        SampleResult r = shortlist(cases, 16, 2L);
        assertThat(r.sample()).hasSize(16);
        assertThat(count(r, s -> s.record().practitionerId())).containsEntry("BUSY", 6L).containsEntry("COLLEAGUE", 4L);
        assertThat(count(r, s -> s.record().pdu())).containsEntry("L1", 10L).containsEntry("L2", 6L);
    }

    @Test
    void aCapCountedAcrossStrataNeverEmptiesAStratum() {
        // RoAllocationAdjusterTest "re-allocating across adjustments" leaves ro2 with 0 in the second stratum;
        // here one practitioner holds every case: the female stratum alone would fill the cap of 6
        List<Cases.Builder> cases = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            cases.add(aCase("F" + i).female().practitioner("X").start(FROM.plusDays(i)));
        }
        for (int i = 0; i < 2; i++) {
            cases.add(aCase("M" + i).rosh(RiskLevel.LOW).practitioner("X").start(FROM.plusDays(i)));
        }
        SampleResult r = shortlist(cases, 8, 3L);
        assertThat(byStratum(r)).containsEntry("MALE_COMMUNITY_LOW", 1L).containsEntry("FEMALE", 5L);
        assertThat(r.sample()).hasSize(6);
    }

    @Test
    void tenFromTwentyOneCaseLdusInTwoClustersOfTenIsFiveAndFiveForEverySeed() {
        List<Cases.Builder> cases = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            cases.add(aCase(String.format("C%02d", i)).cluster(i < 10 ? "North" : "South").pdu("LDU" + i)
                    .start(FROM.plusDays(i)));
        }
        for (long seed = 1; seed <= 25; seed++) {
            assertThat(count(shortlist(cases, 10, seed), s -> s.record().extra().get("cluster")))
                    .as("seed %d", seed).containsOnly(Map.entry("North", 5L), Map.entry("South", 5L));
        }
        // proportional at cluster level, as AllocationCalculatorTest "proportionality maintained at cluster level"
        List<Cases.Builder> uneven = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            uneven.add(aCase("U" + i).cluster(i < 2 ? "N01" : "N02").pdu(i < 2 ? "N01AAA" : "N02AAA")
                    .start(FROM.plusDays(i)));
        }
        assertThat(count(shortlist(uneven, 4, 1L), s -> s.record().extra().get("cluster")))
                .containsOnly(Map.entry("N01", 1L), Map.entry("N02", 3L));
    }

    private static String longList(String... cases) {
        return "[\n" + String.join(",\n", cases) + "\n]\n";
    }

    private static String mojCase(String crn, String pnc, String family, String first, String dob, String gender,
            String type, String start) {
        return "{\"crn\": \"" + crn + "\", \"pnc\": \"" + pnc + "\", \"familyName\": \"" + family + "\", \"firstName\": \""
                + first + "\", \"dob\": \"" + dob + "\", \"gender\": \"" + gender + "\", \"sentenceType\": \"" + type
                + "\", \"roshClassification\": \"HIGH\", \"startDate\": \"" + start + "\", \"cluster\": \"N01\","
                + " \"ldu\": \"N01LA2\", \"team\": \"N02AFF\", \"responsibleOfficer\": \"RO-" + crn + "\"}";
    }

    private static Caseload read(String json) {
        return MojLongList.readJson(new StringReader(json), "longlist.json");
    }

    @Test
    void theExampleRequestOfTheMojToolIsSampledIntoItsStratum() {
        Caseload c = read("""
                [{"familyName": "BK", "firstName": "BK", "dob": "13/11/1981", "gender": "M",
                  "sentenceType": "POST_CUSTODY", "crn": "R11111", "pnc": "2000/0123456Q", "roshClassification": "MEDIUM",
                  "startDate": "09/11/2018", "endDate": "26/02/2019", "cluster": "Westeros", "ldu": "Winterfell",
                  "team": "Stark", "responsibleOfficer": "ZN", "manager": "XA", "officer": "Ned"}]
                """);
        SampleResult r = shortlist(c, 10);
        // the MoJ tool's result-summary.json: one row, stratum MALE_POST_CUSTODY_NON_LOW
        assertThat(r.sample()).singleElement().satisfies(s -> {
            assertThat(s.record().caseId()).isEqualTo("R11111");
            assertThat(s.stratum()).isEqualTo("MALE_POST_CUSTODY_NON_LOW");
        });
    }

    @Test
    void aLongListOfEveryMojSentenceTypeSamplesIntoTheCommunityAndPostCustodyStrata() {
        Caseload c = read(longList(
                mojCase("A1", "1", "A", "A", "01/01/1980", "M", "COMMUNITY_SENTENCE", "01/01/2025"),
                mojCase("A2", "2", "B", "B", "01/01/1980", "M", "ORA Community Order", "01/01/2025"),
                mojCase("A3", "3", "C", "C", "01/01/1980", "M", "ORA Suspended Sentence Order", "01/01/2025"),
                mojCase("A4", "4", "D", "D", "01/01/2005", "M", "CJA - Youth Rehabilitation Order", "01/01/2025"),
                mojCase("A5", "5", "E", "E", "01/01/1980", "M", "POST_CUSTODY", "01/01/2025"),
                mojCase("A6", "6", "F", "F", "01/01/1980", "M", "Adult Licence", "01/01/2025"),
                mojCase("A7", "7", "G", "G", "01/01/1980", "M", "ORA Supervision Default Order", "01/01/2025")));
        SampleResult r = shortlist(c, 7);
        assertThat(r.sample()).hasSize(7);
        assertThat(r.sample().stream().collect(Collectors.toMap(s -> s.record().caseId(), SampledCase::stratum)))
                .containsOnly(Map.entry("A1", "MALE_COMMUNITY_NON_LOW"), Map.entry("A2", "MALE_COMMUNITY_NON_LOW"),
                        Map.entry("A3", "MALE_COMMUNITY_NON_LOW"), Map.entry("A4", "MALE_COMMUNITY_NON_LOW"),
                        Map.entry("A5", "MALE_POST_CUSTODY_NON_LOW"), Map.entry("A6", "MALE_POST_CUSTODY_NON_LOW"),
                        Map.entry("A7", "MALE_POST_CUSTODY_NON_LOW"));
    }

    @Test
    void duplicatesByPncByNamesAndBirthDateOrByCrnKeepTheEarliestCase() {
        Caseload c = read(longList(
                mojCase("P1", "2222", "Smith", "Sam", "12/02/1990", "M", "POST_CUSTODY", "02/01/2025"),
                mojCase("P2", "2222", "Smith", "Sam", "12/02/1990", "M", "POST_CUSTODY", "01/01/2025"),
                mojCase("N1", "3333", "Jones", "Al", "01/01/1980", "M", "POST_CUSTODY", "05/01/2025"),
                mojCase("N2", "4444", "JONES", "al", "01/01/1980", "M", "POST_CUSTODY", "06/01/2025"),
                mojCase("R11111", "5555", "Brown", "Bo", "01/01/1970", "M", "POST_CUSTODY", "03/01/2025"),
                mojCase("R11111", "6666", "Green", "Cy", "01/01/1971", "M", "POST_CUSTODY", "04/01/2025"),
                mojCase("Z1", "7777", "White", "Di", "01/01/1975", "M", "POST_CUSTODY", "04/01/2025")));
        SampleResult r = shortlist(c, 10);
        assertThat(r.sample()).extracting(s -> s.record().caseId()).containsExactly("N1", "P2", "R11111", "Z1");
        assertThat(r.exclusions()).extracting(e -> e.caseId() + ":" + e.reasons()).containsExactly(
                "N2:[DUPLICATE_PERSON]", "P1:[DUPLICATE_PERSON]", "R11111/2:[DUPLICATE_PERSON]");
    }

    @Test
    void restrictedRecordsAreExcludedAndListed() {
        Caseload c = read(longList(
                mojCase("A1", "1", "Jens", "Jim", "01/01/1980", "M", "POST_CUSTODY", "01/01/2025"),
                mojCase("A2", "2", "*", "Jim", "01/01/1980", "M", "POST_CUSTODY", "01/01/2025"),
                mojCase("A3", "", "J***", "*", "01/01/1980", "F", "POST_CUSTODY", "01/01/2025")));
        SampleResult r = shortlist(c, 10);
        assertThat(r.sample()).extracting(s -> s.record().caseId()).containsExactly("A1");
        assertThat(r.exclusions()).extracting(e -> e.caseId() + ":" + e.reasons())
                .containsExactly("A2:[RESTRICTED_ACCESS]", "A3:[RESTRICTED_ACCESS]");
        String exclusionsCsv = new String(SampleOutput.files(r).get("exclusions.csv"), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(exclusionsCsv).contains("A2,2,RESTRICTED_ACCESS").doesNotContain("Jens").doesNotContain("J***");
        assertThat(r.report().counts().excluded()).containsEntry("RESTRICTED_ACCESS", 2);
    }

    @Test
    void aCaseThatHasNotStartedIsNeverSampled() {
        List<Cases.Builder> cases = new ArrayList<>(stratum(2, 5));
        cases.add(aCase("FUTURE").rosh(RiskLevel.HIGH).start(LocalDate.of(2099, 1, 1)));
        SampleResult r = shortlist(cases, 10, 1L);
        assertThat(r.sample()).hasSize(5).noneMatch(s -> s.record().caseId().equals("FUTURE"));
        assertThat(r.reserves()).noneMatch(s -> s.record().caseId().equals("FUTURE"));
        assertThat(r.exclusions()).extracting(e -> e.caseId() + ":" + e.reasons()).containsExactly("FUTURE:[NOT_STARTED]");
    }

    @Test
    void aWindowEndingAfterFieldworkStartsIsAUsageError() {
        assertThatThrownBy(() -> Sampler.sample(Cases.caseload(aCase("A").start(FROM)), "t.csv", "x",
                SampleRequest.builder(SamplingMethod.STRATIFIED_SHORTLIST, F.minusDays(7)).seed(1L).window(FROM, F)
                        .targetSize(10).build()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--to " + F + " is after --fieldwork-start " + F.minusDays(7)
                        + ": a case starting after fieldwork begins has not started when the inspectors arrive");
    }
}
