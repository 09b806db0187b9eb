package org.inspectionplanner.web.sample;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.annotation.PreDestroy;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.inspectionplanner.data.caseload.Caseload;
import org.inspectionplanner.data.io.InvalidInputException;
import org.inspectionplanner.web.PlannerProperties;
import org.inspectionplanner.web.audit.AuditAction;
import org.inspectionplanner.web.audit.AuditLog;
import org.inspectionplanner.web.dataset.Dataset;
import org.inspectionplanner.web.dataset.DatasetKind;
import org.inspectionplanner.web.dataset.DatasetService;
import org.inspectionplanner.web.files.FileOwner;
import org.inspectionplanner.web.files.FileStore;
import org.inspectionplanner.web.files.Workbooks;
import org.inspectionplanner.web.security.CurrentUser;
import org.inspectionplanner.web.support.ApiExceptionHandler;
import org.inspectionplanner.web.support.Json;
import org.inspectionplanner.web.support.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.server.ResponseStatusException;

/**
 * Samples are drawn in the background on a bounded pool (further requests queue, up to a cap),
 * so that many planners asking at once never make the API slow; the caller polls the sample.
 */
@Service
public class SampleService {

    /** The files a sample keeps, in workbook sheet order. */
    public static final List<String> OUTPUT_FILES = List.of("sample.csv", "reserves.csv", "exclusions.csv", "report.json");
    public static final String WORKBOOK = "sample.xlsx";
    private static final int QUEUE_CAPACITY = 1000;
    private static final Logger LOG = LoggerFactory.getLogger(SampleService.class);

    private final SampleRepository samples;
    private final DatasetService datasets;
    private final FileStore files;
    private final ObjectProvider<CaseSampler> sampler;
    private final AuditLog audit;
    private final ObjectMapper json;
    private final TransactionTemplate tx;
    private final ThreadPoolExecutor pool;

    SampleService(SampleRepository samples, DatasetService datasets, FileStore files, ObjectProvider<CaseSampler> sampler,
            AuditLog audit, ObjectMapper json, TransactionTemplate tx, PlannerProperties properties) {
        this.samples = samples;
        this.datasets = datasets;
        this.files = files;
        this.sampler = sampler;
        this.audit = audit;
        this.json = json;
        this.tx = tx;
        int threads = Math.max(1, properties.samplerThreads());
        this.pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(QUEUE_CAPACITY), new CustomizableThreadFactory("sampler-"));
    }

    /** Checks the request, stores the sample as queued and starts it; 400 for bad parameters. */
    public Sample create(ObjectNode request) {
        if (request == null || !request.hasNonNull("datasetId")) {
            throw new InvalidInputException("datasetId", "a caseload dataset id is required");
        }
        if (!request.get("datasetId").isIntegralNumber() || !request.get("datasetId").canConvertToLong()) {
            throw new InvalidInputException("datasetId", "datasetId must be a whole number: the id of a caseload dataset");
        }
        long datasetId = request.get("datasetId").asLong();
        ObjectNode parameters = request.deepCopy();
        parameters.remove("datasetId");
        return createAll(datasetId, List.of(parameters), null, List.of()).get(0);
    }

    /**
     * Draws one sample per inspection PDU of a schedule: each with the method and options given, its
     * PDU and its fieldwork start. Every parameter set is checked before any sample is stored (all or
     * nothing); the samples remember the schedule, the inspection and the fieldwork start.
     */
    public List<Sample> createForSchedule(long datasetId, ObjectNode options, long scheduleId, List<Planned> planned) {
        List<ObjectNode> parameters = new java.util.ArrayList<>();
        for (Planned p : planned) {
            ObjectNode one = options.deepCopy();
            one.put("pdu", p.pdu());
            one.put("fieldworkStart", p.fieldworkStart().toString());
            parameters.add(one);
        }
        return createAll(datasetId, parameters, scheduleId, planned.stream().map(Planned::inspectionId).toList());
    }

    /** One sample a schedule plans: the inspection, one of its PDUs, and its fieldwork start. */
    public record Planned(String inspectionId, String pdu, java.time.LocalDate fieldworkStart) {
    }

    private List<Sample> createAll(long datasetId, List<ObjectNode> parameterSets, Long scheduleId,
            List<String> inspectionIds) {
        Dataset dataset = datasets.get(datasetId); // 404 if none, 403 if not readable
        List<Object> checked = new java.util.ArrayList<>();
        for (ObjectNode parameters : parameterSets) {
            checked.add(sampler().parameters(parameters));
        }
        // Parse now so that a dataset of another kind is a 400 before anything is stored.
        datasets.load(datasetId, DatasetKind.CASELOAD, Caseload.class, "datasetId");
        List<Sample> created = tx.execute(s -> {
            List<Sample> saved = new java.util.ArrayList<>();
            for (int i = 0; i < parameterSets.size(); i++) {
                ObjectNode parameters = parameterSets.get(i);
                saved.add(samples.save(new Sample(datasetId, Json.write(json, parameters), CurrentUser.name(),
                        fieldworkStart(parameters), scheduleId, inspectionIds.isEmpty() ? null : inspectionIds.get(i))));
            }
            return saved;
        });
        for (int i = 0; i < created.size(); i++) {
            Sample sample = created.get(i);
            audit.record(AuditAction.SAMPLE, "sample:" + sample.getId(), "dataset:" + datasetId
                    + (scheduleId == null ? "" : " schedule:" + scheduleId + " inspection:" + sample.getInspectionId()));
            Object parameters = checked.get(i);
            try {
                pool.execute(() -> draw(sample.getId(), dataset, parameters));
            } catch (RejectedExecutionException e) {
                for (Sample unqueued : created.subList(i, created.size())) {
                    tx.executeWithoutResult(s -> samples.findById(unqueued.getId()).ifPresent(found ->
                            found.fail(Json.write(json, List.of("the service is busy: too many samples queued")))));
                }
                throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE,
                        "Too many samples are queued; try again shortly.");
            }
        }
        return created;
    }

    private static java.time.LocalDate fieldworkStart(ObjectNode parameters) {
        try {
            return parameters.hasNonNull("fieldworkStart")
                    ? java.time.LocalDate.parse(parameters.get("fieldworkStart").asText()) : null;
        } catch (java.time.format.DateTimeParseException e) {
            return null; // the sampler has accepted it in another form; the sample keeps its parameters
        }
    }

    private void draw(long sampleId, Dataset dataset, Object parameters) {
        long datasetId = dataset.getId();
        tx.executeWithoutResult(s -> samples.findById(sampleId).ifPresent(Sample::start));
        try {
            Caseload caseload = datasets.load(datasetId, DatasetKind.CASELOAD, Caseload.class, "datasetId");
            CaseSampler.Outcome outcome = sampler().draw(caseload, dataset.getName(), dataset.getSha256(), parameters);
            Map<String, byte[]> outputs = new LinkedHashMap<>();
            for (String name : OUTPUT_FILES) {
                byte[] content = outcome.files().get(name);
                if (content == null) {
                    throw new IllegalStateException("the sampler did not write " + name);
                }
                outputs.put(name, content);
            }
            byte[] workbook = Workbooks.of(outputs);
            // Locked, so that a deletion meanwhile either waits for these files or leaves none to write.
            tx.executeWithoutResult(s -> samples.findForUpdate(sampleId).ifPresent(found -> {
                files.putAll(FileOwner.SAMPLE, sampleId, outputs);
                files.put(FileOwner.SAMPLE, sampleId, WORKBOOK, FileStore.contentTypeOf(WORKBOOK), workbook);
                found.done(outcome.seed(), Json.write(json, outcome.summary()));
            }));
        } catch (InvalidInputException e) {
            tx.executeWithoutResult(s -> samples.findById(sampleId).ifPresent(found ->
                    found.fail(Json.problems(json, e.problems()))));
        } catch (RuntimeException e) {
            LOG.error("Sample {} failed: {} at {}", sampleId, e.getClass().getName(), ApiExceptionHandler.where(e));
            tx.executeWithoutResult(s -> samples.findById(sampleId).ifPresent(found ->
                    found.fail(Json.write(json, List.of("internal error while sampling; the error is logged")))));
        }
    }

    private CaseSampler sampler() {
        CaseSampler found = sampler.getIfAvailable();
        if (found == null) {
            throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE, "The sampler is not part of this build.");
        }
        return found;
    }

    public List<Sample> list() {
        return samples.findAllByOrderByIdDesc();
    }

    /** The samples drawn for a schedule's inspections, newest first. */
    public List<Sample> forSchedule(long scheduleId) {
        return samples.findByScheduleIdOrderByIdDesc(scheduleId);
    }

    public java.util.Optional<Sample> find(long id) {
        return samples.findById(id);
    }

    /** The sampler's short summary of a finished sample (method, fieldwork start, counts...). */
    public Map<String, Object> summary(Sample sample) {
        Map<String, Object> summary = Json.read(json, sample.getSummaryJson(),
                new com.fasterxml.jackson.core.type.TypeReference<Map<String, Object>>() {
                });
        return summary == null ? Map.of() : summary;
    }

    public Sample get(long id) {
        return samples.findById(id).orElseThrow(() -> new NotFoundException("Sample " + id));
    }

    /** After a restart, samples that were queued or running are marked interrupted. */
    public int recover() {
        Integer count = tx.execute(s -> samples.markInterrupted(Set.of(SampleStatus.QUEUED, SampleStatus.RUNNING)));
        return count == null ? 0 : count;
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }
}
