package org.inspectionplanner.sampler;

/** Where a run's target size came from (report.json {@code parameters.size_rule}). */
enum SizeRule {
    /** --target-size. */
    TARGET_SIZE("target_size"),
    /** --confidence/--margin. */
    CONFIDENCE_MARGIN("confidence_margin"),
    /** The methods that draw, with neither given: the default confidence and margin. */
    DEFAULT_CONFIDENCE_MARGIN("default_confidence_margin"),
    /** No target: every eligible case the method selects. */
    EVERY_ELIGIBLE_CASE("every_eligible_case");

    private final String label;

    SizeRule(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
