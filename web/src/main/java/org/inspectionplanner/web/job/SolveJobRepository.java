package org.inspectionplanner.web.job;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface SolveJobRepository extends JpaRepository<SolveJob, Long> {

    List<SolveJob> findByKindOrderByIdDesc(JobKind kind);

    @Query("select j.id from SolveJob j where j.status in ?1")
    List<Long> findIdsByStatusIn(Collection<JobStatus> statuses);

    @Modifying
    @Query("update SolveJob j set j.status = org.inspectionplanner.web.job.JobStatus.INTERRUPTED where j.status in ?1")
    int markInterrupted(Collection<JobStatus> active);
}
