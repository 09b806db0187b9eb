package org.inspectionplanner.sampler;

/** How a case came into the sample; a case can carry several (joined by {@code ;} in sample.csv). */
public enum Selection {
    COHORT,
    STRATIFIED,
    BOOST_FEMALE,
    BOOST_ETHNIC_MINORITY,
    BOOST_HIGH_ROSH,
    TOP_UP
}
