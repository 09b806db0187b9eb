package org.inspectionplanner.data.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.inspectionplanner.data.caseload.CaseRecord;
import org.inspectionplanner.data.caseload.Requirement;
import org.inspectionplanner.data.caseload.RiskLevel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CaseloadGeneratorTest {

    /** About 50,000 cases: 13 PDUs over the default 78 weeks at 50 a week. */
    static final CaseloadSpec SPEC = CaseloadSpec.defaults().withPdus(13).withWeeklyMeanPerPdu(50);
    static List<CaseRecord> cases;

    @BeforeAll
    static void generate() {
        cases = CaseloadGenerator.generate(SPEC);
    }

    static double share(List<CaseRecord> of, Predicate<CaseRecord> p) {
        return of.stream().filter(p).count() / (double) of.size();
    }

    @Test
    void sizeFollowsTheWeeklyMean() {
        double perPduWeek = cases.size() / (double) (SPEC.pdus() * SPEC.weeks());
        assertThat(cases.size()).isGreaterThan(45_000);
        assertThat(perPduWeek).isCloseTo(50, within(2.5)); // Christmas weeks are a little quieter
    }

    @Test
    void genderAndEthnicityMatchThePublishedSample() {
        List<CaseRecord> knownGender = cases.stream().filter(c -> c.gender() != null).toList();
        assertThat(share(knownGender, CaseRecord::isFemale)).isCloseTo(0.13, within(0.01));
        assertThat(1 - knownGender.size() / (double) cases.size()).isBetween(0.01, 0.05);
        List<CaseRecord> knownEthnicity = cases.stream().filter(c -> c.ethnicity() != null).toList();
        assertThat(share(knownEthnicity, CaseRecord::isEthnicMinority)).isCloseTo(0.19, within(0.01));
        assertThat(1 - knownEthnicity.size() / (double) cases.size()).isBetween(0.03, 0.09);
    }

    @Test
    void roshMatchesThePublishedSample() {
        List<CaseRecord> assessed = cases.stream().filter(c -> c.rosh() != null).toList();
        assertThat(share(assessed, c -> c.rosh() == RiskLevel.LOW)).isCloseTo(0.21, within(0.015));
        assertThat(share(assessed, c -> c.rosh() == RiskLevel.MEDIUM)).isCloseTo(0.62, within(0.015));
        assertThat(share(assessed, CaseRecord::isHighRosh)).isCloseTo(0.17, within(0.015));
        assertThat(share(cases, c -> c.likelihoodOfReoffending() == RiskLevel.VERY_HIGH)).isBetween(0.04, 0.12);
    }

    @Test
    void twoThirdsCommunityAmongAllCasesAndAmongCohortEligibleOnes() {
        assertThat(share(cases, c -> c.sentenceType().isCommunity())).isBetween(0.64, 0.72);
        // In the 2022-23 cohort scope (community with RAR or programme, or post-custody), 67/33 as published.
        List<CaseRecord> inScope = cases.stream().filter(c -> c.sentenceType().isPostCustody()
                || c.requirements().contains(Requirement.RAR) || c.requirements().contains(Requirement.ACCREDITED_PROGRAMME)).toList();
        assertThat(share(inScope, c -> c.sentenceType().isCommunity())).isCloseTo(0.67, within(0.03));
    }

    @Test
    void ageBandsMatchThePublishedSample() {
        int[] from = {18, 25, 30, 40, 60};
        int[] to = {24, 29, 39, 59, 200};
        double[] published = {265, 286, 617, 520, 50};
        for (int b = 0; b < from.length; b++) {
            int lo = from[b];
            int hi = to[b];
            assertThat(share(cases, c -> c.ageAtStart() >= lo && c.ageAtStart() <= hi))
                    .as("age band %d-%d", lo, hi).isCloseTo(published[b] / 1748, within(0.012));
        }
        assertThat(cases).allMatch(c -> c.ageAtStart() >= 18);
    }

    @Test
    void mappaIsRareMostlyLevelOneAndThreeQuartersCategoryOne() {
        List<CaseRecord> mappa = cases.stream().filter(c -> c.mappaCategory() > 0).toList();
        assertThat(mappa.size() / (double) cases.size()).isBetween(0.025, 0.06);
        assertThat(share(mappa, c -> c.mappaLevel() == 1)).isBetween(0.93, 0.99);
        assertThat(share(mappa, c -> c.mappaCategory() == 1)).isCloseTo(0.75, within(0.05));
        assertThat(cases).allMatch(c -> (c.mappaCategory() == 0) == (c.mappaLevel() == 0));
        assertThat(cases).anyMatch(c -> c.mappaLevel() == 3);
    }

    @Test
    void exclusionsTheSamplerMustFindOccurAtRealisticRates() {
        assertThat(share(cases, CaseRecord::underReview)).isBetween(0.015, 0.035);
        assertThat(share(cases, c -> c.terminationDate() != null
                && ChronoUnit.DAYS.between(c.startDate(), c.terminationDate()) <= 7)).isBetween(0.01, 0.02);
        List<CaseRecord> community = cases.stream().filter(c -> c.sentenceType().isCommunity()).toList();
        assertThat(share(community, c -> c.requirements().equals(Set.of(Requirement.UNPAID_WORK)))).isBetween(0.04, 0.06);
        Map<String, Long> perPerson = cases.stream().collect(Collectors.groupingBy(CaseRecord::personId, Collectors.counting()));
        double twoSentences = perPerson.values().stream().filter(n -> n == 2).count() / (double) perPerson.size();
        assertThat(twoSentences).isBetween(0.015, 0.045);
        assertThat(perPerson.values()).allMatch(n -> n <= 2);
        assertThat(share(cases, CaseRecord::recalled)).isBetween(0.005, 0.05);
        assertThat(share(cases, CaseRecord::domesticAbuse)).isBetween(0.25, 0.35);
        assertThat(share(cases, CaseRecord::childProtection)).isBetween(0.1, 0.2);
    }

    @Test
    void practitionersHoldTwentyToFortyCasesInOneOfficeOfOnePdu() {
        Map<String, List<CaseRecord>> byPractitioner = cases.stream().filter(CaseRecord::hasPractitioner)
                .collect(Collectors.groupingBy(CaseRecord::practitionerId));
        assertThat(byPractitioner).isNotEmpty();
        byPractitioner.forEach((id, held) -> {
            assertThat(held.size()).as("caseload of %s", id).isBetween(20, 40);
            assertThat(held.stream().map(CaseRecord::office).distinct().count()).isEqualTo(1);
        });
        assertThat(share(cases, c -> !c.hasPractitioner())).isBetween(0.0, 0.01);
        Map<String, Set<String>> offices = new HashMap<>();
        cases.forEach(c -> offices.computeIfAbsent(c.pdu(), k -> new HashSet<>()).add(c.office()));
        assertThat(offices).hasSize(SPEC.pdus());
        offices.forEach((pdu, o) -> assertThat(o.size()).as("offices of %s", pdu).isBetween(2, 5));
        offices.values().stream().flatMap(Set::stream).collect(Collectors.groupingBy(o -> o, Collectors.counting()))
                .forEach((office, pdus) -> assertThat(pdus).as("office %s in one PDU", office).isEqualTo(1));
    }

    @Test
    void welshLanguageCasesOnlyInWelshPdus() {
        assertThat(cases).filteredOn(CaseRecord::welshLanguage).allMatch(c -> DemoNames.isWelshPdu(c.pdu()));
        List<String> welshPdus = CaseloadGenerator.pduNames(SPEC).stream().filter(DemoNames::isWelshPdu).toList();
        assertThat(welshPdus).hasSizeGreaterThanOrEqualTo(2);
        assertThat(cases).filteredOn(c -> welshPdus.contains(c.pdu())).anyMatch(CaseRecord::welshLanguage);
        assertThat(CaseloadGenerator.pduNames(CaseloadSpec.defaults()))
                .hasSize(26).doesNotHaveDuplicates().filteredOn(DemoNames::isWelshPdu).hasSizeBetween(3, 9);
    }

    @Test
    void everyCaseIsWellFormed() {
        assertThat(cases.stream().map(CaseRecord::caseId).distinct().count()).isEqualTo(cases.size());
        for (CaseRecord c : cases) {
            assertThat(c.startDate()).isBetween(SPEC.from(), SPEC.to());
            assertThat(c.startDate().getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
            if (c.terminationDate() != null) {
                assertThat(c.terminationDate()).isAfterOrEqualTo(c.startDate()).isBeforeOrEqualTo(SPEC.to());
            }
            assertThat(c.requirements().isEmpty()).isEqualTo(c.sentenceType().isPostCustody());
            assertThat(c.releasedFrom() == null).isEqualTo(c.sentenceType().isCommunity());
            assertThat(!c.recalled() || c.terminationDate() != null).isTrue();
            assertThat(c.previousSanctions()).isNotNull().isNotNegative();
            assertThat(c.caseId()).matches("C\\d{7}");
            assertThat(c.personId()).matches("[A-Z]\\d{6}");
        }
        assertThat(cases).filteredOn(CaseRecord::isFemale).filteredOn(c -> c.releasedFrom() != null)
                .allMatch(c -> DemoNames.WOMENS_PRISONS.contains(c.releasedFrom()));
    }

    @Test
    void theSameSpecGivesTheSameCasesAndAnotherSeedOthers() {
        CaseloadSpec small = CaseloadSpec.defaults().withPdus(3).withWeeklyMeanPerPdu(12);
        List<CaseRecord> a = CaseloadGenerator.generate(small);
        // (compared with equals() so that a failure does not print thousands of cases)
        assertThat(CaseloadGenerator.generate(small).equals(a)).isTrue();
        assertThat(CaseloadGenerator.stream(small).toList().equals(a)).isTrue();
        assertThat(CaseloadGenerator.generate(small.withSeed(8)).equals(a)).isFalse();
    }

    @Test
    void narrowRangesAndTinyMeansStillWork() {
        LocalDate saturday = LocalDate.of(2026, 3, 7);
        assertThat(CaseloadGenerator.generate(CaseloadSpec.defaults().withDates(saturday, saturday.plusDays(1)))).isEmpty();
        List<CaseRecord> few = CaseloadGenerator.generate(CaseloadSpec.defaults().withPdus(2).withWeeklyMeanPerPdu(0.5));
        assertThat(few).isNotEmpty().allMatch(c -> c.pdu() != null && c.office() != null);
        assertThatThrownBy(() -> new CaseloadSpec(1, 0, saturday, saturday, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CaseloadSpec(1, 1, saturday, saturday.minusDays(1), 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sizedForHitsTheRequestedRowCount() {
        CaseloadSpec spec = CaseloadSpec.defaults().withPdus(4).sizedFor(20_000);
        long n = CaseloadGenerator.stream(spec).count();
        assertThat(n).isBetween(19_000L, 21_000L);
    }
}
