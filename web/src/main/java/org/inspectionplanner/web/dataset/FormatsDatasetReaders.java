package org.inspectionplanner.web.dataset;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.inspectionplanner.data.caseload.CaseRecord;
import org.inspectionplanner.data.caseload.Caseload;
import org.inspectionplanner.data.io.CaseloadCsv;
import org.inspectionplanner.data.io.InvalidInputException;
import org.springframework.stereotype.Component;

/** The data module's readers, one per dataset kind. */
@Component
class FormatsDatasetReaders implements DatasetReaders {

    @Override
    public ParsedDataset read(DatasetKind kind, String fileName, byte[] content) {
        return switch (kind) {
            case CASELOAD -> caseload(CaseloadCsv.read(new ByteArrayInputStream(content), fileName));
            default -> throw new InvalidInputException(fileName, "this build has no reader for " + kind + " files yet");
        };
    }

    private static ParsedDataset caseload(Caseload caseload) {
        List<CaseRecord> cases = caseload.cases();
        List<String> pdus = cases.stream().map(CaseRecord::pdu).filter(Objects::nonNull).distinct().sorted().toList();
        LocalDate first = cases.stream().map(CaseRecord::startDate).filter(Objects::nonNull)
                .min(Comparator.naturalOrder()).orElse(null);
        LocalDate last = cases.stream().map(CaseRecord::startDate).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(null);
        return new ParsedDataset(caseload, cases.size(), pdus, first, last);
    }
}
