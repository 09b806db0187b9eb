package org.inspectionplanner.web.dataset;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DatasetRepository extends JpaRepository<Dataset, Long> {

    List<Dataset> findByKindInOrderByIdDesc(Collection<DatasetKind> kinds);

    Optional<Dataset> findFirstByKindAndSha256AndIdLessThanOrderByIdAsc(DatasetKind kind, String sha256, long id);
}
