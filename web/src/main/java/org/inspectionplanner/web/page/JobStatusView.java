package org.inspectionplanner.web.page;

import java.util.List;
import org.inspectionplanner.web.job.JobStatus;
import org.inspectionplanner.web.job.SolveJob;

/** A solving job's live state, as the status panel shows it (polled by htmx while it solves). */
public record JobStatusView(long id, String status, boolean active, boolean live, String bestScore, ScoreWords outcome,
        int improvements, String bestUpdatedAt, String statusUrl, List<String> problems, String estimate) {

    static JobStatusView of(SolveJob job, boolean live, String statusUrl, List<String> problems, String estimate) {
        return new JobStatusView(job.getId(), text(job.getStatus()), job.getStatus().active(), live,
                job.getBestScore() == null ? "none yet" : job.getBestScore(), ScoreWords.of(job.getKind(), job.getBestScore()),
                job.getImprovements(), job.getBestUpdatedAt() == null ? "" : Words.when(job.getBestUpdatedAt()), statusUrl,
                problems == null ? List.of() : problems, estimate);
    }

    static String text(JobStatus status) {
        return switch (status) {
            case QUEUED -> "Queued";
            case SOLVING -> "Solving";
            case FINISHED -> "Finished";
            case STOPPED -> "Stopped";
            case FAILED -> "Failed";
            case INTERRUPTED -> "Interrupted";
        };
    }
}
