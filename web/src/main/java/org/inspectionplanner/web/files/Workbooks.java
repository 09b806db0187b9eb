package org.inspectionplanner.web.files;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * One .xlsx workbook from a set of output files: a sheet per CSV file (rows as written) and a
 * sheet per JSON file (its leaves as path and value). Every cell is a string cell, so a value
 * that looks like a formula stays text.
 */
public final class Workbooks {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Workbooks() {
    }

    public static byte[] of(Map<String, byte[]> files) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                String name = file.getKey();
                String sheetName = name.replaceFirst("\\.[a-z]+$", "");
                Sheet sheet = workbook.createSheet(sheetName.length() > 31 ? sheetName.substring(0, 31) : sheetName);
                if (name.endsWith(".csv")) {
                    writeCsv(sheet, file.getValue());
                } else if (name.endsWith(".json")) {
                    writeJson(sheet, file.getValue());
                }
            }
            workbook.write(out);
            workbook.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeCsv(Sheet sheet, byte[] content) throws IOException {
        String text = new String(content, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        int r = 0;
        try (CSVParser csv = CSVParser.parse(new StringReader(text), CSVFormat.DEFAULT)) {
            for (CSVRecord record : csv) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < record.size(); c++) {
                    row.createCell(c).setCellValue(unneutralised(record.get(c)));
                }
            }
        }
    }

    /**
     * The CSV writer prefixes a quote to values starting with = + - @ so spreadsheets do not run
     * them; in a string cell that guard is not needed, so the original text is shown.
     */
    private static String unneutralised(String value) {
        if (value.length() > 1 && value.charAt(0) == '\'' && "=+-@\t\r".indexOf(value.charAt(1)) >= 0) {
            return value.substring(1);
        }
        return value;
    }

    private static void writeJson(Sheet sheet, byte[] content) throws IOException {
        Map<String, String> leaves = new LinkedHashMap<>();
        flatten("", JSON.readTree(content), leaves);
        Row header = sheet.createRow(0);
        header.createCell(0).setCellValue("path");
        header.createCell(1).setCellValue("value");
        int r = 1;
        for (Map.Entry<String, String> leaf : leaves.entrySet()) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(leaf.getKey());
            row.createCell(1).setCellValue(leaf.getValue());
        }
    }

    private static void flatten(String path, JsonNode node, Map<String, String> leaves) {
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                flatten(path.isEmpty() ? field.getKey() : path + "." + field.getKey(), field.getValue(), leaves);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(path + "[" + i + "]", node.get(i), leaves);
            }
        } else {
            leaves.put(path, node.isNull() ? "" : node.asText());
        }
    }
}
