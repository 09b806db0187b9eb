package org.inspectionplanner.web.page;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.inspectionplanner.data.io.InputProblem;
import org.inspectionplanner.data.io.InvalidInputException;
import org.inspectionplanner.web.dataset.DatasetPages;
import org.inspectionplanner.web.files.FileOwner;
import org.inspectionplanner.web.files.FileStore;
import org.inspectionplanner.web.files.StoredFile;
import org.inspectionplanner.web.job.JobKind;
import org.inspectionplanner.web.job.SolveJob;
import org.inspectionplanner.web.job.SolveJobService;
import org.inspectionplanner.web.support.Json;
import org.springframework.ui.Model;

/**
 * The page actions shared by the solving-job controllers (allocations, schedules): list, submit,
 * show, live status, stop, solve again, pin and downloads. The controllers keep their own mappings
 * and role checks and delegate here, so both kinds of job behave the same way.
 */
public final class SolvingJobPages {

    public record JobRow(long id, String title, String status, String score, String createdBy, String createdAt) {
    }

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    private final JobKind kind;
    private final String path;
    private final SolveJobService jobs;
    private final FileStore files;
    private final ObjectMapper json;

    /** @param path the pages' root, e.g. {@code /allocations}; the API's files are under {@code /api} + path. */
    public SolvingJobPages(JobKind kind, String path, SolveJobService jobs, FileStore files, ObjectMapper json) {
        this.kind = kind;
        this.path = path;
        this.jobs = jobs;
        this.files = files;
        this.json = json;
    }

    /** The jobs, newest first, each named by {@code title} (what it plans, never "Allocation 2"). */
    public List<JobRow> rows(Function<SolveJob, String> title) {
        return jobs.list(kind).stream().map(j -> new JobRow(j.getId(), title.apply(j), JobStatusView.text(j.getStatus()),
                ScoreWords.of(kind, j.getBestScore()).summary(), j.getCreatedBy(), Words.when(j.getCreatedAt()))).toList();
    }

    public boolean available() {
        return jobs.available(kind);
    }

    /**
     * Submits the form's request when it has no errors and redirects to the new job; otherwise (or
     * when the service rejects the inputs) answers 400 with the form page showing the errors.
     */
    public String create(List<ErrorItem> errors, Supplier<ObjectNode> request, UnaryOperator<String> fieldFor,
            HttpServletResponse response, Function<List<ErrorItem>, String> formPage) {
        if (errors.isEmpty()) {
            try {
                SolveJob job = jobs.submit(kind, request.get());
                return "redirect:" + path + "/" + job.getId();
            } catch (InvalidInputException e) {
                errors = new ArrayList<>();
                for (InputProblem p : e.problems()) {
                    errors.add(new ErrorItem(fieldFor.apply(p.file()), p.line() > 0 ? DatasetPages.describe(p) : p.message()));
                }
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return formPage.apply(errors);
    }

    /** Adds the job's status panel and whether it has a plan yet to the model; returns the job. */
    public SolveJob show(long id, Model model) {
        SolveJob job = jobs.get(kind, id);
        // A plan exists once the solver has saved its first best solution (the outputs come with it).
        boolean hasPlan = files.get(FileOwner.JOB, id, "report.json").isPresent();
        model.addAttribute("job", status(job, hasPlan));
        model.addAttribute("hasPlan", hasPlan);
        return job;
    }

    /** Polled by htmx while the job solves: the score so far; once it stops, the page reloads. */
    public String status(long id, boolean planShown, HttpServletResponse response, Model model) {
        SolveJob job = jobs.get(kind, id);
        // Reload the whole page when solving ends, and once when the first plan appears.
        if (!job.getStatus().active() || (!planShown && job.getImprovements() > 0)) {
            response.setHeader("HX-Refresh", "true");
        }
        model.addAttribute("job", status(job, planShown));
        return "fragments/job-status :: status";
    }

    public String stop(long id) {
        jobs.stop(kind, id);
        return "redirect:" + path + "/" + id;
    }

    public String solve(long id) {
        jobs.resolve(kind, id);
        return "redirect:" + path + "/" + id;
    }

    /** Pins or unpins one planning entity and returns to its row on the job page. */
    public String pin(long id, String entityId, boolean pinned, String anchorPrefix) {
        jobs.pin(kind, id, entityId, pinned);
        return "redirect:" + path + "/" + id + "#" + anchorPrefix + entityId;
    }

    /**
     * The solver's report as the planner's typed record (read with the project's JSON settings), or null
     * before the first plan or when it cannot be read as that record.
     */
    public <T> T report(long id, Class<T> type) {
        return files.get(FileOwner.JOB, id, "report.json").map(f -> {
            try {
                return org.inspectionplanner.data.io.Json.mapper().readValue(f.getContent(), type);
            } catch (IOException e) {
                return null;
            }
        }).orElse(null);
    }

    /** The rows of one of the job's CSV outputs; none before the first plan. */
    public List<Map<String, String>> csv(long id, String file) {
        return CsvRows.parse(files.get(FileOwner.JOB, id, file).map(StoredFile::getContent).orElse(null));
    }

    /** A download button for one of the job's output files, served by the API. */
    public Download download(long id, String label, String format, String file) {
        return new Download(label, format, "/api" + path + "/" + id + "/files/" + file);
    }

    private JobStatusView status(SolveJob job, boolean planShown) {
        return JobStatusView.of(job, jobs.isLive(kind, job.getId()), path + "/" + job.getId() + "/status?planShown=" + planShown,
                Json.read(json, job.getProblemsJson(), STRINGS), estimate(job));
    }

    /** How long solving takes, in words, for the form before it starts. */
    public String duration() {
        return "Solving takes up to " + seconds(jobs.timeLimit()) + ". The page shows the best plan so far as it improves, "
                + "and you can stop it sooner and keep that plan.";
    }

    /** When a queued or solving job will stop by itself; empty once it has stopped. */
    private String estimate(SolveJob job) {
        if (!job.getStatus().active()) {
            return "";
        }
        if (job.getStartedAt() == null) {
            return "Waiting for another solve to finish; then it takes up to " + seconds(jobs.timeLimit()) + ".";
        }
        return "Stops by itself at " + Words.time(job.getStartedAt().plus(jobs.timeLimit())) + " (up to "
                + seconds(jobs.timeLimit()) + " from the start), or sooner if you stop it.";
    }

    private static String seconds(java.time.Duration d) {
        long s = d.toSeconds();
        return s >= 120 && s % 60 == 0 ? Words.count(s / 60, "minute", "minutes") : Words.count(s, "second", "seconds");
    }
}
