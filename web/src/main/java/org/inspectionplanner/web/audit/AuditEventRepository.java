package org.inspectionplanner.web.audit;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AuditEventRepository extends JpaRepository<AuditEvent, Long> {

    List<AuditEvent> findAllByOrderByIdDesc(Pageable page);

    List<AuditEvent> findByActionOrderByIdDesc(AuditAction action, Pageable page);

    /** Entries in [from, to), oldest first, streamed (read inside a transaction). */
    java.util.stream.Stream<AuditEvent> streamByOccurredAtGreaterThanEqualAndOccurredAtLessThanOrderById(
            java.time.Instant from, java.time.Instant to);
}
