package org.inspectionplanner.web.testing;

import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.entity.PlanningPin;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.variable.PlanningVariable;

@PlanningEntity
public class TinyRow {

    @PlanningId
    public String id;

    public int target;

    @PlanningVariable(valueRangeProviderRefs = "slots")
    public Integer slot;

    @PlanningPin
    public boolean pinned;

    public TinyRow() {
    }

    public TinyRow(String id, int target) {
        this.id = id;
        this.target = target;
    }

    public String getId() {
        return id;
    }

    public Integer getSlot() {
        return slot;
    }

    public boolean isPinned() {
        return pinned;
    }
}
