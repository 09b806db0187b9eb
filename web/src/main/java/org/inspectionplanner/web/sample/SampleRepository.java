package org.inspectionplanner.web.sample;

import java.util.Collection;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface SampleRepository extends JpaRepository<Sample, Long> {

    List<Sample> findAllByOrderByIdDesc();

    /** The sample, locked until the transaction ends (a deletion waits for its files to be written). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from Sample s where s.id = ?1")
    Optional<Sample> findForUpdate(long id);

    /** The samples drawn for a schedule's inspections, newest first. */
    List<Sample> findByScheduleIdOrderByIdDesc(long scheduleId);

    @Modifying
    @Query("update Sample s set s.status = org.inspectionplanner.web.sample.SampleStatus.INTERRUPTED"
            + " where s.status in ?1")
    int markInterrupted(Collection<SampleStatus> unfinished);
}
