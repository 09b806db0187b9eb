package org.inspectionplanner.data.demo;

import java.util.List;
import org.inspectionplanner.data.programme.BlackoutWeek;
import org.inspectionplanner.data.programme.Inspection;
import org.inspectionplanner.data.programme.StaffCapacity;

/** A generated inspection programme: the inspections, each inspectorate's weekly staff, and blackout weeks. */
public record Programme(List<Inspection> inspections, List<StaffCapacity> capacity, List<BlackoutWeek> calendar) {
    public Programme {
        inspections = List.copyOf(inspections);
        capacity = List.copyOf(capacity);
        calendar = List.copyOf(calendar);
    }
}
