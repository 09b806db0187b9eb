package org.inspectionplanner.web.retention;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.inspectionplanner.web.dataset.Dataset;
import org.inspectionplanner.web.dataset.DatasetKind;
import org.inspectionplanner.web.dataset.DatasetRepository;
import org.inspectionplanner.web.job.JobKind;
import org.inspectionplanner.web.sample.Sample;
import org.inspectionplanner.web.sample.SampleRepository;
import org.springframework.stereotype.Component;

/**
 * When each stored thing is deleted: its kind's retention period after it was stored, or later if an
 * ADMIN kept its dataset longer (which keeps the dataset's samples as long). A sample never outlives
 * its caseload: it goes with it. Pages call this as {@code @retentionPolicy}.
 */
@Component("retentionPolicy")
public class RetentionPolicy {

    /** The moment of deletion and the rule that sets it, in words. */
    public record Deadline(Instant at, String because) {

        /** e.g. "5 June 2027". */
        public String date() {
            return LocalDate.ofInstant(at, LONDON).format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK));
        }
    }

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final RetentionProperties periods;
    private final DatasetRepository datasets;
    private final SampleRepository samples;

    RetentionPolicy(RetentionProperties periods, DatasetRepository datasets, SampleRepository samples) {
        this.periods = periods;
        this.datasets = datasets;
        this.samples = samples;
    }

    public Deadline ofDataset(DatasetKind kind, Instant uploadedAt, Instant keepUntil, String keepReason) {
        Duration period = periods.of(kind);
        Instant normal = uploadedAt.plus(period);
        if (keepUntil != null && keepUntil.isAfter(normal)) {
            return new Deadline(keepUntil, "an administrator is keeping it longer: " + keepReason);
        }
        return new Deadline(normal, plural(kind) + " are kept " + period.toDays() + " days after upload");
    }

    public Deadline ofDataset(Dataset d) {
        return ofDataset(d.getKind(), d.getUploadedAt(), d.getKeepUntil(), d.getKeepReason());
    }

    /** A sample's own period (or its dataset's extension), but never after its dataset goes. */
    public Deadline ofSample(Instant createdAt, Deadline dataset, boolean datasetKept) {
        Instant own = createdAt.plus(periods.sample());
        if (datasetKept && dataset.at().isAfter(own)) {
            return new Deadline(dataset.at(), "its caseload is kept longer: " + dataset.because());
        }
        if (!dataset.at().isAfter(own)) {
            return new Deadline(dataset.at(), "it is deleted with its caseload (" + dataset.because() + ")");
        }
        return new Deadline(own, "samples are kept " + periods.sample().toDays() + " days after they are drawn");
    }

    public Deadline ofJob(JobKind kind, Instant createdAt) {
        Duration period = periods.of(kind);
        return new Deadline(createdAt.plus(period), kind.name().toLowerCase(Locale.ROOT) + "s are kept "
                + period.toDays() + " days after they are made, and go with the dataset or sample they were made from");
    }

    /** For the dataset page. */
    public Deadline dataset(long id) {
        return datasets.findById(id).map(this::ofDataset).orElse(null);
    }

    /** For the sample page. */
    public Deadline sample(long id) {
        Sample sample = samples.findById(id).orElse(null);
        if (sample == null) {
            return null;
        }
        Dataset dataset = datasets.findById(sample.getDatasetId()).orElse(null);
        if (dataset == null) {
            return null;
        }
        Deadline source = ofDataset(dataset);
        return ofSample(sample.getCreatedAt(), source, dataset.getKeepUntil() != null
                && dataset.getKeepUntil().isAfter(dataset.getUploadedAt().plus(periods.of(dataset.getKind()))));
    }

    private static String plural(DatasetKind kind) {
        return switch (kind) {
            case CASELOAD -> "caseloads";
            case INSPECTORS -> "inspector rosters";
            case INSPECTIONS -> "inspection lists";
            case CAPACITY -> "staff capacity files";
            case CALENDAR -> "calendars";
        };
    }
}
