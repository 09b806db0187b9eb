package org.inspectionplanner.planner.allocation;

/**
 * The weights of the medium and soft constraints (hard constraints always weigh 1 hard per breach).
 * A weight of 0 switches a constraint off. Units: see docs/allocation.md; in short, balance is
 * per squared basis point of relative load, so one case of weight 1.0 moved between two inspectors
 * of capacity 10 shifts the balance term by about 10^6.
 */
public record AllocationWeights(
        long unassignedCase,
        long balance,
        long continuity,
        long travel,
        long practitionerLoad,
        long stability) {

    public AllocationWeights {
        if (unassignedCase < 0 || balance < 0 || continuity < 0 || travel < 0 || practitionerLoad < 0 || stability < 0) {
            throw new IllegalArgumentException("constraint weights must not be negative");
        }
    }

    public static AllocationWeights defaults() {
        return new AllocationWeights(1, 1, 50_000, 20_000, 100_000, 1_000_000);
    }
}
