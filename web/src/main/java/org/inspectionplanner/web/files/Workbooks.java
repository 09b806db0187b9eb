package org.inspectionplanner.web.files;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.inspectionplanner.data.io.CsvOutput;
import org.inspectionplanner.data.io.CsvTable;
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

    private static void writeCsv(Sheet sheet, byte[] content) {
        if (content.length == 0) {
            return;
        }
        // the project's shared CSV rules; with no spec every column is kept, in file order, as written
        try (CsvTable table = CsvTable.open(new ByteArrayInputStream(content), "stored file", List.of(), List.of())) {
            int r = 0;
            write(sheet.createRow(r++), table.extraNames());
            while (table.next()) {
                write(sheet.createRow(r++), List.copyOf(table.extras().values()));
            }
            table.finish();
        }
    }

    private static void write(Row row, List<String> values) {
        for (int c = 0; c < values.size(); c++) {
            row.createCell(c).setCellValue(unneutralised(values.get(c)));
        }
    }

    /**
     * The CSV writer prefixes a quote to values starting with = + - @ so spreadsheets do not run
     * them; in a string cell that guard is not needed, so the original text is shown.
     */
    private static String unneutralised(String value) {
        return CsvOutput.unneutralise(value);
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
