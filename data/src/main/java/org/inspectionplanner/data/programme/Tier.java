package org.inspectionplanner.data.programme;

/** Solely-owned by one inspectorate, or jointly-owned by several (the 2007-08 plan's two tiers). */
public enum Tier {
    SOLE,
    JOINT
}
