package org.inspectionplanner.web.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.inspectionplanner.data.io.CaseloadCsv;
import org.inspectionplanner.data.io.InspectionsCsv;
import org.inspectionplanner.data.programme.Inspection;
import org.inspectionplanner.data.programme.InspectionKind;
import org.inspectionplanner.sampler.FieldworkPlan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's command-line examples, read from README.md and run in order as one chain on the demo
 * data: demo-data, validate, sample, schedule, sample --fieldwork-plan (the schedule's file),
 * allocate one of those samples. Only the folder changes ({@code demo/} becomes a temporary one)
 * and the solvers' time limits are capped at {@value #TIME_LIMIT}: the README's limits are upper
 * bounds, and nothing the chain checks depends on how good the plans are.
 */
class ReadmeChainTest {

    private static final String TIME_LIMIT = "5s";

    @TempDir
    Path dir;

    /** The {@code $J ...} commands of the README's command-line block, continuation lines joined. */
    static List<List<String>> readmeCommands() throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        Matcher block = Pattern.compile("```\\nJ=\"java -jar web/target/inspection-planner.jar\"\\n(.*?)```",
                Pattern.DOTALL).matcher(readme);
        assertThat(block.find()).as("the README's command-line block").isTrue();
        List<List<String>> commands = new ArrayList<>();
        String joined = block.group(1).replace("\\\n", " ");
        for (String line : joined.split("\n")) {
            if (line.startsWith("$J ")) {
                commands.add(Arrays.asList(line.substring(3).trim().split("\\s+")));
            }
        }
        return commands;
    }

    @Test
    void theReadmeCommandsRunAsOneChainOnTheDemoData() throws Exception {
        List<List<String>> commands = readmeCommands();
        assertThat(commands).extracting(c -> c.get(0))
                .containsSubsequence("demo-data", "schedule", "sample", "allocate");
        for (List<String> command : commands) {
            List<String> args = new ArrayList<>();
            for (int i = 0; i < command.size(); i++) {
                String a = command.get(i);
                boolean limit = i > 0 && command.get(i - 1).equals("--time-limit");
                args.add(limit ? TIME_LIMIT : a.startsWith("demo/") || a.equals("demo")
                        ? dir.resolve(a).toString() : a);
            }
            CliRun run = CliRun.of(args.toArray(String[]::new));
            assertThat(run.exit()).as("%s%nstdout: %s%nstderr: %s", String.join(" ", command), run.out(), run.err())
                    .isZero();
        }

        // The programme names caseload PDUs, each inspected at most once.
        List<Inspection> programme = InspectionsCsv.read(dir.resolve("demo/inspections.csv"));
        List<String> inspected = programme.stream().filter(i -> i.kind() == InspectionKind.PDU_PROBATION)
                .flatMap(i -> i.pdus().stream()).toList();
        assertThat(inspected).doesNotHaveDuplicates().hasSize(26);
        java.util.Set<String> caseloadPdus = new java.util.HashSet<>();
        CaseloadCsv.read(dir.resolve("demo/caseload.csv")).cases().forEach(c -> caseloadPdus.add(c.pdu()));
        assertThat(caseloadPdus).containsAll(inspected);
        // Every fieldwork plan the project writes has one shape, read by the sampler's one reader: the
        // demo data's names each PDU's own inspection in the programme.
        assertThat(Files.readAllLines(dir.resolve("demo/fieldwork-plan.csv")).get(0))
                .isEqualTo(Files.readAllLines(dir.resolve("demo/programme/fieldwork-plan.csv")).get(0))
                .isEqualTo(String.join(",", org.inspectionplanner.data.io.FieldworkPlanCsv.COLUMNS));
        java.util.Map<String, String> pduInspection = new java.util.HashMap<>();
        programme.stream().filter(i -> i.kind() == InspectionKind.PDU_PROBATION)
                .forEach(i -> pduInspection.put(i.pdus().get(0), i.inspectionId()));
        List<FieldworkPlan.Entry> demoPlan = FieldworkPlan.read(dir.resolve("demo/fieldwork-plan.csv"));
        assertThat(demoPlan).hasSize(26).allSatisfy(e -> assertThat(e.inspectionId()).isEqualTo(pduInspection.get(e.pdu())));
        assertThat(FieldworkPlan.read(dir.resolve("demo/programme/fieldwork-plan.csv")))
                .allSatisfy(e -> assertThat(e.inspectionId()).isNotBlank());
        // The schedule's fieldwork plan has a row per PDU of each scheduled inspection, every one sampled.
        List<String> plan = Files.readAllLines(dir.resolve("demo/programme/fieldwork-plan.csv"));
        assertThat(plan.get(0)).isEqualTo("inspection_id,pdu,fieldwork_start");
        assertThat(plan).anyMatch(l -> l.startsWith("INS046,Conwy and Denbighshire,2026-08-10"));
        try (var folders = Files.list(dir.resolve("demo/samples"))) {
            assertThat(folders.filter(Files::isDirectory).count()).isEqualTo(plan.size() - 1);
        }
        // The allocation covers the sample it was given.
        Path allocation = dir.resolve("demo/allocation-ins046/allocation.csv");
        assertThat(allocation).exists();
        long sampled = CaseloadCsv.read(dir.resolve("demo/samples/ins046-conwy-and-denbighshire/sample.csv"))
                .cases().size();
        assertThat(sampled).isPositive();
        assertThat(Files.readAllLines(allocation)).hasSizeGreaterThan((int) sampled);
    }
}
