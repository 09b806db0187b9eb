package org.inspectionplanner.web.inspection;

import java.time.LocalDate;
import java.util.List;
import org.inspectionplanner.web.job.JobStatus;
import org.inspectionplanner.web.sample.SampleStatus;

/**
 * One inspection of a schedule with its chain at a glance: scheduled weeks and lead, then per PDU it
 * samples the current sample (status, size, departures from the method) and that sample's newest
 * allocation (status, unassigned cases). Status only: no case rows, so every role that reads
 * schedules may see it.
 *
 * @param scheduleName the schedule named by what it is ("Programme from 5 January 2026 to ..., planned by ...")
 * @param samples one step per PDU of the inspection, in the order of its pdus
 */
public record InspectionChain(
        long scheduleId,
        String scheduleName,
        String inspectionId,
        String title,
        String kind,
        String tier,
        String lead,
        String area,
        LocalDate fieldworkStart,
        LocalDate fieldworkEnd,
        boolean pinned,
        String unscheduledReason,
        List<SampleStep> samples,
        Step scheduleStep,
        Step sampleStep,
        Step allocationStep) {

    /** Where one link of the chain stands, in words for the pages and as a code for scripts. */
    public enum Step {
        DONE("Done"),
        IN_PROGRESS("In progress"),
        NOT_STARTED("Not started"),
        OUT_OF_DATE("Out of date"),
        FAILED("Failed"),
        NOT_NEEDED("Not needed");

        private final String label;

        Step(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** The GOV.UK tag colour for the pages. */
        public String tagClass() {
            return switch (this) {
                case DONE -> "govuk-tag--green";
                case IN_PROGRESS -> "govuk-tag--blue";
                case NOT_STARTED, NOT_NEEDED -> "govuk-tag--grey";
                case OUT_OF_DATE -> "govuk-tag--yellow";
                case FAILED -> "govuk-tag--red";
            };
        }
    }

    /**
     * A PDU's current sample (the newest drawn for this inspection and PDU), or none yet.
     *
     * @param name       the sample named by what it is ("Leeds, fieldwork 5 January 2026, 43 cases, drawn by ...")
     * @param outOfDate  the sample's fieldwork start is not the inspection's scheduled one (moved since): draw again
     * @param size       cases selected, once drawn
     * @param departures how the draw departed from the method: the report's summary of the cases
     *                   added or moved out, and its warnings (unmet quotas, a target not reached)
     */
    public record SampleStep(String pdu, Long sampleId, String name, SampleStatus status, LocalDate fieldworkStart,
            boolean outOfDate, Integer size, List<String> departures, AllocationStep allocation) {
    }

    /** The newest allocation of a sample's cases, named "Allocation of these 43 cases by teamlead on 6 December 2026". */
    public record AllocationStep(long allocationId, String name, JobStatus status, Integer unassigned, Integer cases) {
    }

    /** "Probation inspection: Leeds (INS001)": the inspection's title and id. */
    public String heading() {
        return title == null || title.isBlank() ? inspectionId : title + " (" + inspectionId + ")";
    }

    /** The kind and tier in words: "PDU probation inspection, jointly owned". */
    public String kindAndTier() {
        String words = switch (kind == null ? "" : kind) {
            case "PDU_PROBATION" -> "PDU probation inspection";
            case "YOUTH_JUSTICE" -> "Youth justice inspection";
            case "JOINT_THEMATIC" -> "Joint thematic inspection";
            case "JOINT_AREA" -> "Joint area inspection";
            case "PRISON" -> "Prison inspection";
            case "CUSTODY" -> "Police custody inspection";
            default -> kind == null ? "" : kind;
        };
        String owned = "JOINT".equals(tier) ? "jointly owned" : "SOLE".equals(tier) ? "solely owned" : "";
        return owned.isEmpty() ? words : words + ", " + owned;
    }

    public boolean scheduled() {
        return fieldworkStart != null;
    }

    /** All three links done (or not needed). */
    public boolean complete() {
        return scheduleStep == Step.DONE && (sampleStep == Step.DONE || sampleStep == Step.NOT_NEEDED)
                && (allocationStep == Step.DONE || allocationStep == Step.NOT_NEEDED);
    }
}
