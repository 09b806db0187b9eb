package org.inspectionplanner.web.dataset;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DatasetRepository extends JpaRepository<Dataset, Long> {

    List<Dataset> findByKindInOrderByIdDesc(Collection<DatasetKind> kinds);
}
