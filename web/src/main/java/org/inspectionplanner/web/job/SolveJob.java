package org.inspectionplanner.web.job;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;

/** A solving job's state; its plan and outputs are stored files, rewritten on each improvement. */
@Entity
@Table(name = "solve_job")
public class SolveJob {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private JobKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private JobStatus status;

    @Column(name = "request_json", nullable = false, length = 100_000)
    private String requestJson;

    @Column(name = "best_score", length = 200)
    private String bestScore;

    @Column(name = "best_updated_at")
    private Instant bestUpdatedAt;

    @Column(nullable = false)
    private int improvements;

    @Column(name = "problems_json", length = 1_000_000)
    private String problemsJson;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "solve_job_pin", joinColumns = @JoinColumn(name = "job_id"))
    @Column(name = "row_id", length = 100)
    private Set<String> pins = new TreeSet<>();

    protected SolveJob() {
    }

    SolveJob(JobKind kind, String requestJson, String createdBy) {
        this.kind = kind;
        this.requestJson = requestJson;
        this.createdBy = createdBy;
        this.status = JobStatus.QUEUED;
        this.createdAt = Instant.now();
    }

    void queue() {
        status = JobStatus.QUEUED;
        finishedAt = null;
        problemsJson = null;
    }

    void improved(String score) {
        if (status == JobStatus.QUEUED) {
            status = JobStatus.SOLVING;
            startedAt = Instant.now();
        }
        bestScore = score;
        bestUpdatedAt = Instant.now();
        improvements++;
    }

    void finish(JobStatus end, String score) {
        status = end;
        if (score != null) {
            bestScore = score;
        }
        finishedAt = Instant.now();
    }

    void fail(String problemsJson) {
        status = JobStatus.FAILED;
        this.problemsJson = problemsJson;
        finishedAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public JobKind getKind() {
        return kind;
    }

    public JobStatus getStatus() {
        return status;
    }

    public String getRequestJson() {
        return requestJson;
    }

    public String getBestScore() {
        return bestScore;
    }

    public Instant getBestUpdatedAt() {
        return bestUpdatedAt;
    }

    public int getImprovements() {
        return improvements;
    }

    public String getProblemsJson() {
        return problemsJson;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public Set<String> getPins() {
        return pins;
    }
}
