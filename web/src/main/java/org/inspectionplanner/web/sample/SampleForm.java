package org.inspectionplanner.web.sample;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.inspectionplanner.web.page.Dates;
import org.inspectionplanner.web.page.ErrorItem;

/**
 * The sampling form as typed. {@link #check()} finds what a person must fix before the request is
 * sent; the sampler checks the rest and its problems come back by parameter name.
 */
public class SampleForm {

    /** The sampler's methods with the words the form shows. */
    public static final Map<String, String> METHODS = methods();

    private Long datasetId;
    private String method = "pdu-cohort";
    private String pdu;
    private String fieldworkStart;
    private String minFemale;
    private String minEthnicMinority;
    private String minHighRosh;
    private String targetSize;
    private String seed;

    /** Problems a person must fix, each against its field id. */
    public List<ErrorItem> check() {
        List<ErrorItem> errors = new ArrayList<>();
        if (datasetId == null) {
            errors.add(ErrorItem.forField("datasetId", "Select the caseload to sample"));
        }
        if (method == null || !METHODS.containsKey(method)) {
            errors.add(ErrorItem.forField("method", "Select a sampling method"));
        }
        if (ONE_PDU_METHODS.contains(method) && isBlank(pdu)) {
            errors.add(ErrorItem.forField("pdu", "Select the PDU: the PDU cohort method samples one PDU for its own fieldwork "
                    + "date, and all PDUs would pool several under one date"));
        }
        LocalDate date = fieldworkDate();
        if (isBlank(fieldworkStart)) {
            errors.add(ErrorItem.forField("fieldworkStart", "Enter the date fieldwork starts"));
        } else if (date == null) {
            errors.add(ErrorItem.forField("fieldworkStart", "Fieldwork start must be a real date, like 2/3/2026"));
        } else if (date.getDayOfWeek() != DayOfWeek.MONDAY) {
            errors.add(ErrorItem.forField("fieldworkStart", "Fieldwork start must be a Monday ("
                    + date.format(DateTimeFormatter.ofPattern("d MMMM uuuu")) + " is a "
                    + date.getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.UK) + ")"));
        }
        whole(errors, "minFemale", minFemale, "Minimum women");
        whole(errors, "minEthnicMinority", minEthnicMinority, "Minimum ethnic minority cases");
        whole(errors, "minHighRosh", minHighRosh, "Minimum high RoSH cases");
        whole(errors, "targetSize", targetSize, "Target size");
        if (!isBlank(seed)) {
            try {
                Long.parseLong(seed.trim());
            } catch (NumberFormatException e) {
                errors.add(ErrorItem.forField("seed", "Seed must be a whole number, like 42"));
            }
        }
        return errors;
    }

    /** The request for the sample service: the sampler's parameters named as in its JSON API. */
    public ObjectNode toRequest() {
        ObjectNode request = JsonNodeFactory.instance.objectNode();
        request.put("datasetId", datasetId);
        request.put("method", method);
        request.put("fieldworkStart", fieldworkDate().toString());
        if (!isBlank(pdu)) {
            request.put("pdu", pdu.trim());
        }
        putWhole(request, "minFemale", minFemale);
        putWhole(request, "minEthnicMinority", minEthnicMinority);
        putWhole(request, "minHighRosh", minHighRosh);
        putWhole(request, "targetSize", targetSize);
        if (!isBlank(seed)) {
            request.put("seed", Long.parseLong(seed.trim()));
        }
        return request;
    }

    LocalDate fieldworkDate() {
        return Dates.parse(fieldworkStart);
    }

    private static void whole(List<ErrorItem> errors, String field, String value, String label) {
        if (isBlank(value)) {
            return;
        }
        try {
            if (Integer.parseInt(value.trim()) < 0) {
                errors.add(ErrorItem.forField(field, label + " must be 0 or more"));
            }
        } catch (NumberFormatException e) {
            errors.add(ErrorItem.forField(field, label + " must be a whole number, like 10"));
        }
    }

    private static void putWhole(ObjectNode request, String field, String value) {
        if (!isBlank(value)) {
            request.put(field, Integer.parseInt(value.trim()));
        }
    }

    /** The method's short name for lists and summaries ("PDU cohort (2022-23)"); a code not known in words. */
    public static String methodLabel(String code) {
        String label = METHODS.get(code);
        return label == null ? org.inspectionplanner.web.page.Words.code(code) : label.substring(0, label.indexOf(':'));
    }

    /** Methods that sample one PDU's cohort for one fieldwork: "all PDUs" would pool several under one date. */
    static final java.util.Set<String> ONE_PDU_METHODS = java.util.Set.of("pdu-cohort");

    private static Map<String, String> methods() {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        m.put("pdu-cohort", "PDU cohort (2022-23): every eligible case starting in two weeks 27 to 32 weeks before fieldwork");
        m.put("quality-impact", "Quality and Impact (2016-17): cases starting about nine months before, stratified");
        m.put("omi2", "OMI2 (2009-12): cases under supervision nine to twelve months, proportional on gender and ethnicity");
        m.put("rosh-thematic", "Risk of harm thematic (2005): every licence case 21+, 12 months+, high RoSH or MAPPA 2/3");
        m.put("stratified-shortlist", "Stratified shortlist (2018-20): proportional shortlist with a buffer of reserves");
        return java.util.Collections.unmodifiableMap(m);
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    public Long getDatasetId() { return datasetId; }
    public void setDatasetId(Long datasetId) { this.datasetId = datasetId; }
    public String getMethod() { return method; }
    public void setMethod(String method) { this.method = method; }
    public String getPdu() { return pdu; }
    public void setPdu(String pdu) { this.pdu = pdu; }
    public String getFieldworkStart() { return fieldworkStart; }
    public void setFieldworkStart(String fieldworkStart) { this.fieldworkStart = fieldworkStart; }
    public String getMinFemale() { return minFemale; }
    public void setMinFemale(String minFemale) { this.minFemale = minFemale; }
    public String getMinEthnicMinority() { return minEthnicMinority; }
    public void setMinEthnicMinority(String minEthnicMinority) { this.minEthnicMinority = minEthnicMinority; }
    public String getMinHighRosh() { return minHighRosh; }
    public void setMinHighRosh(String minHighRosh) { this.minHighRosh = minHighRosh; }
    public String getTargetSize() { return targetSize; }
    public void setTargetSize(String targetSize) { this.targetSize = targetSize; }
    public String getSeed() { return seed; }
    public void setSeed(String seed) { this.seed = seed; }
}
