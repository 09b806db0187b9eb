package org.inspectionplanner.web.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The kinds of CSV the commands take, told apart by their header, so that a file given to the wrong option
 * (a caseload extract as {@code allocate --sample}, a roster as {@code schedule --inspections}) is refused
 * saying what the file looks like and which command takes it, instead of being read as something it is not.
 * A caseload extract even passes for a sample (a sample is caseload rows plus the sampler's columns): without
 * this check it was allocated as if it had been drawn. A header of no known kind is left to the file's reader.
 */
enum InputKind {

    SAMPLE("a sample (the sampler's sample.csv)", "allocate --sample", List.of("case_id", "stratum", "weight"),
            h -> h.containsAll(Set.of("case_id", "person_id", "stratum", "weight"))),
    CASELOAD("a caseload extract", "sample --caseload", List.of("case_id", "person_id", "sentence_type"),
            h -> h.containsAll(Set.of("case_id", "person_id")) && !h.contains("inspector_id")),
    ALLOCATION("an allocation (allocate's allocation.csv)", "allocate --previous", List.of("case_id", "inspector_id", "interview_date"),
            h -> h.containsAll(Set.of("case_id", "inspector_id"))),
    ROSTER("an inspector roster", "allocate --inspectors", List.of("inspector_id", "max_cases"),
            h -> h.contains("inspector_id") && !h.contains("case_id")),
    SCHEDULE("a schedule (schedule's schedule.csv)", "schedule --previous", List.of("inspection_id", "fieldwork_start", "fieldwork_end"),
            h -> h.containsAll(Set.of("inspection_id", "fieldwork_start", "fieldwork_end"))),
    INSPECTIONS("an inspection programme", "schedule --inspections", List.of("inspection_id", "kind", "demand"),
            h -> h.contains("inspection_id") && h.contains("demand")),
    FIELDWORK_PLAN("a fieldwork plan", "sample --fieldwork-plan", List.of("pdu", "fieldwork_start"),
            h -> h.containsAll(Set.of("pdu", "fieldwork_start")) && !h.contains("case_id") && !h.contains("kind")),
    CAPACITY("a staff capacity file", "schedule --capacity", List.of("inspectorate", "week_start", "staff"),
            h -> h.containsAll(Set.of("inspectorate", "week_start", "staff"))),
    CALENDAR("a blackout calendar", "schedule --calendar", List.of("week_start", "reason"),
            h -> h.contains("week_start") && !h.contains("staff") && !h.contains("inspectorate"));

    private final String description;
    private final String takenBy;
    private final List<String> signature;
    private final Predicate<Set<String>> matches;

    InputKind(String description, String takenBy, List<String> signature, Predicate<Set<String>> matches) {
        this.description = description;
        this.takenBy = takenBy;
        this.signature = signature;
        this.matches = matches;
    }

    /**
     * Refuses {@code file}, given to {@code option}, when its header is that of another kind than {@code expected}
     * (or the others {@code expected} also takes). A file that cannot be read, or is not a CSV of a known kind,
     * passes: its reader says what is wrong with it.
     */
    static void check(String option, Path file, InputKind expected, InputKind... alsoTaken) {
        InputKind actual = of(file);
        if (actual == null || actual == expected || Arrays.asList(alsoTaken).contains(actual)) {
            return;
        }
        Set<String> header = header(file);
        List<String> has = actual.signature.stream().filter(header::contains).toList();
        List<String> lacks = expected.signature.stream().filter(c -> !header.contains(c)).toList();
        StringBuilder message = new StringBuilder(option + " " + file + ": this is not " + expected.description
                + "; it looks like " + actual.description + " (its header has " + words(has)
                + (lacks.isEmpty() ? "" : " but not " + words(lacks)) + "). " + capitalised(actual.description)
                + " is what '" + actual.takenBy + "' takes.");
        if (expected == SAMPLE && actual == CASELOAD) {
            message.append(" Draw a sample from it with 'sample --caseload ").append(file)
                    .append(" ...', then give that sample's sample.csv to --sample.");
        }
        throw new IllegalArgumentException(message.toString());
    }

    /** The kind a CSV's header says, or null for none known (or no readable header, or not a CSV). */
    static InputKind of(Path file) {
        if (file == null || file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
            return null;
        }
        Set<String> header = header(file);
        for (InputKind kind : values()) {
            if (kind.matches.test(header)) {
                return kind;
            }
        }
        return null;
    }

    /** The first line's column names, lower case, without a byte-order mark or quotes; empty when unreadable. */
    private static Set<String> header(Path file) {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            char[] buffer = new char[8192];
            int n = reader.read(buffer);
            if (n <= 0) {
                return Set.of();
            }
            String first = new String(buffer, 0, n).replace("\uFEFF", "").split("\r?\n", 2)[0];
            return Arrays.stream(first.split(",")).map(c -> c.replace("\"", "").trim().toLowerCase(Locale.ROOT))
                    .filter(c -> !c.isEmpty()).collect(Collectors.toSet());
        } catch (IOException | RuntimeException e) {
            return Set.of();
        }
    }

    private static String words(List<String> columns) {
        if (columns.size() <= 1) {
            return String.join("", columns);
        }
        return String.join(", ", columns.subList(0, columns.size() - 1)) + " and " + columns.get(columns.size() - 1);
    }

    private static String capitalised(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
