package org.inspectionplanner.web.sample;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface SampleRepository extends JpaRepository<Sample, Long> {

    List<Sample> findAllByOrderByIdDesc();

    /** The samples drawn for a schedule's inspections, newest first. */
    List<Sample> findByScheduleIdOrderByIdDesc(long scheduleId);

    @Modifying
    @Query("update Sample s set s.status = org.inspectionplanner.web.sample.SampleStatus.INTERRUPTED"
            + " where s.status in ?1")
    int markInterrupted(Collection<SampleStatus> unfinished);
}
