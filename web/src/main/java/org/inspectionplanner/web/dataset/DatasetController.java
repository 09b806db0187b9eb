package org.inspectionplanner.web.dataset;

import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** {@code /api/datasets}: upload a file of a kind, list and read the stored ones. */
@RestController
@RequestMapping("/api/datasets")
class DatasetController {

    /** {@code identicalTo} and {@code notice}: an earlier dataset of the same kind has the very same bytes. */
    record DatasetView(long id, String name, DatasetKind kind, String sha256, long sizeBytes, int rows,
            String uploadedBy, Instant uploadedAt, DatasetSummary summary, Long identicalTo, String notice) {
    }

    private final DatasetService datasets;

    DatasetController(DatasetService datasets) {
        this.datasets = datasets;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<DatasetView> upload(@RequestParam("file") MultipartFile file, @RequestParam("kind") DatasetKind kind)
            throws IOException {
        Dataset dataset = datasets.upload(kind, file);
        return ResponseEntity.created(URI.create("/api/datasets/" + dataset.getId())).body(view(dataset, true));
    }

    @GetMapping
    List<DatasetView> list() {
        return datasets.listReadable().stream().map(d -> view(d, false)).toList();
    }

    @GetMapping("/{id}")
    DatasetView get(@PathVariable long id) {
        return view(datasets.get(id), true);
    }

    private DatasetView view(Dataset d, boolean withSummary) {
        Dataset earlier = withSummary ? datasets.identicalTo(d).orElse(null) : null;
        return new DatasetView(d.getId(), d.getName(), d.getKind(), d.getSha256(), d.getSizeBytes(), d.getRowCount(),
                d.getUploadedBy(), d.getUploadedAt(), withSummary ? datasets.summaryOf(d) : null,
                earlier == null ? null : earlier.getId(), earlier == null ? null : DatasetService.identicalNotice(earlier));
    }
}
