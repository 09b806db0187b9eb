package org.inspectionplanner.web.demo;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.inspectionplanner.data.caseload.Caseload;
import org.inspectionplanner.data.demo.DemoData;
import org.inspectionplanner.data.io.CalendarCsv;
import org.inspectionplanner.data.io.CapacityCsv;
import org.inspectionplanner.data.io.CaseloadCsv;
import org.inspectionplanner.data.io.InspectionsCsv;
import org.inspectionplanner.data.io.RosterCsv;
import org.inspectionplanner.data.roster.Roster;
import org.inspectionplanner.web.dataset.DatasetKind;
import org.inspectionplanner.web.dataset.DatasetService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Under the demo profile, the first start with no datasets stores the small synthetic demo set
 * (caseload, roster, inspections, capacity, calendar) through the same readers as an upload, so
 * there is something to sample, allocate and schedule at once.
 */
@Component
@Profile("demo")
public class DemoDataLoader {

    private static final Logger LOG = LoggerFactory.getLogger(DemoDataLoader.class);
    static final String UPLOADER = "demo-data";

    private final DatasetService datasets;
    private final boolean enabled;

    DemoDataLoader(DatasetService datasets, @Value("${inspection-planner.load-demo-data:true}") boolean enabled) {
        this.datasets = datasets;
        this.enabled = enabled;
    }

    public void loadIfEmpty() {
        if (!enabled || !datasets.isEmpty()) {
            return;
        }
        DemoData demo = DemoData.small();
        StringBuilder caseload = new StringBuilder();
        CaseloadCsv.write(new Caseload("demo-caseload.csv", List.of(), demo.caseload()), caseload);
        StringBuilder roster = new StringBuilder();
        RosterCsv.write(new Roster("demo-roster.csv", List.of(), demo.inspectors()), roster);
        StringBuilder inspections = new StringBuilder();
        InspectionsCsv.write(demo.programme().inspections(), inspections);
        StringBuilder capacity = new StringBuilder();
        CapacityCsv.write(demo.programme().capacity(), capacity);
        StringBuilder calendar = new StringBuilder();
        CalendarCsv.write(demo.programme().calendar(), calendar);
        store(DatasetKind.CASELOAD, "demo-caseload.csv", caseload);
        store(DatasetKind.INSPECTORS, "demo-roster.csv", roster);
        store(DatasetKind.INSPECTIONS, "demo-inspections.csv", inspections);
        store(DatasetKind.CAPACITY, "demo-capacity.csv", capacity);
        store(DatasetKind.CALENDAR, "demo-calendar.csv", calendar);
        LOG.info("Demo profile: stored the demo data set ({} cases, {} inspectors, {} inspections)",
                demo.caseload().size(), demo.inspectors().size(), demo.programme().inspections().size());
    }

    private void store(DatasetKind kind, String name, StringBuilder csv) {
        datasets.store(kind, name, csv.toString().getBytes(StandardCharsets.UTF_8), UPLOADER);
    }
}
