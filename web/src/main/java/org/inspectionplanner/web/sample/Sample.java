package org.inspectionplanner.web.sample;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A sample drawn (or being drawn) from a caseload dataset; its outputs are stored files. */
@Entity
@Table(name = "sample")
public class Sample {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "dataset_id", nullable = false)
    private long datasetId;

    @Column(name = "parameters_json", nullable = false, length = 100_000)
    private String parametersJson;

    private Long seed;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SampleStatus status;

    @Column(name = "problems_json", length = 1_000_000)
    private String problemsJson;

    @Column(name = "summary_json", length = 1_000_000)
    private String summaryJson;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    /** The schedule (a SCHEDULE job) and inspection this sample was drawn for; null for a sample drawn on its own. */
    @Column(name = "schedule_id")
    private Long scheduleId;

    @Column(name = "inspection_id", length = 100)
    private String inspectionId;

    @Column(name = "fieldwork_start")
    private LocalDate fieldworkStart;

    protected Sample() {
    }

    Sample(long datasetId, String parametersJson, String createdBy, LocalDate fieldworkStart, Long scheduleId,
            String inspectionId) {
        this.datasetId = datasetId;
        this.fieldworkStart = fieldworkStart;
        this.scheduleId = scheduleId;
        this.inspectionId = inspectionId;
        this.parametersJson = parametersJson;
        this.createdBy = createdBy;
        this.status = SampleStatus.QUEUED;
        this.createdAt = Instant.now();
    }

    void start() {
        status = SampleStatus.RUNNING;
    }

    void done(Long seed, String summaryJson) {
        this.status = SampleStatus.DONE;
        this.seed = seed;
        this.summaryJson = summaryJson;
        this.finishedAt = Instant.now();
    }

    void fail(String problemsJson) {
        this.status = SampleStatus.FAILED;
        this.problemsJson = problemsJson;
        this.finishedAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public long getDatasetId() {
        return datasetId;
    }

    public String getParametersJson() {
        return parametersJson;
    }

    public Long getSeed() {
        return seed;
    }

    public SampleStatus getStatus() {
        return status;
    }

    public String getProblemsJson() {
        return problemsJson;
    }

    public String getSummaryJson() {
        return summaryJson;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public Long getScheduleId() {
        return scheduleId;
    }

    public String getInspectionId() {
        return inspectionId;
    }

    public LocalDate getFieldworkStart() {
        return fieldworkStart;
    }
}
