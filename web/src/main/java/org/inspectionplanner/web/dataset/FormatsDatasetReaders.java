package org.inspectionplanner.web.dataset;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;
import org.inspectionplanner.data.caseload.CaseRecord;
import org.inspectionplanner.data.caseload.Caseload;
import org.inspectionplanner.data.io.CalendarCsv;
import org.inspectionplanner.data.io.CapacityCsv;
import org.inspectionplanner.data.io.Caseloads;
import org.inspectionplanner.data.io.InspectionsCsv;
import org.inspectionplanner.data.io.RosterCsv;
import org.inspectionplanner.data.programme.BlackoutWeek;
import org.inspectionplanner.data.programme.Inspection;
import org.inspectionplanner.data.programme.StaffCapacity;
import org.inspectionplanner.data.roster.Roster;
import org.springframework.stereotype.Component;

/** The data module's readers, one per dataset kind; each rejects a file with every problem it finds. */
@Component
class FormatsDatasetReaders implements DatasetReaders {

    @Override
    public ParsedDataset read(DatasetKind kind, String fileName, InputStream in) {
        return switch (kind) {
            case CASELOAD -> caseload(Caseloads.read(in, fileName)); // caseload CSV or the MoJ long list (JSON or CSV)
            case INSPECTORS -> {
                Roster roster = RosterCsv.read(in, fileName);
                yield new ParsedDataset(roster, roster.inspectors().size(), List.of(), null, null);
            }
            case INSPECTIONS -> {
                List<Inspection> inspections = InspectionsCsv.read(in, fileName);
                yield new ParsedDataset(inspections, inspections.size(),
                        sorted(inspections.stream().map(Inspection::area)),
                        min(inspections, Inspection::earliestStart), max(inspections, Inspection::latestEnd));
            }
            case CAPACITY -> {
                List<StaffCapacity> capacity = CapacityCsv.read(in, fileName);
                yield new ParsedDataset(capacity, capacity.size(), List.of(),
                        min(capacity, StaffCapacity::weekStart), max(capacity, StaffCapacity::weekStart));
            }
            case CALENDAR -> {
                List<BlackoutWeek> calendar = CalendarCsv.read(in, fileName);
                yield new ParsedDataset(calendar, calendar.size(), List.of(),
                        min(calendar, BlackoutWeek::weekStart), max(calendar, BlackoutWeek::weekStart));
            }
        };
    }

    private static ParsedDataset caseload(Caseload caseload) {
        List<CaseRecord> cases = caseload.cases();
        return new ParsedDataset(caseload, cases.size(), sorted(cases.stream().map(CaseRecord::pdu)),
                min(cases, CaseRecord::startDate), max(cases, CaseRecord::startDate));
    }

    private static List<String> sorted(Stream<String> names) {
        return names.filter(Objects::nonNull).distinct().sorted().toList();
    }

    private static <T> LocalDate min(Collection<T> rows, Function<T, LocalDate> date) {
        return rows.stream().map(date).filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
    }

    private static <T> LocalDate max(Collection<T> rows, Function<T, LocalDate> date) {
        return rows.stream().map(date).filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
    }
}
