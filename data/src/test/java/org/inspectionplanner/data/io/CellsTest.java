package org.inspectionplanner.data.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.inspectionplanner.data.caseload.RiskLevel;
import org.junit.jupiter.api.Test;

class CellsTest {

    @Test
    void booleans() {
        for (String t : new String[] {"true", "TRUE", "True", "yes", "YES", "y", "Y", "1"}) {
            assertThat(Cells.bool(t)).as(t).isTrue();
        }
        for (String f : new String[] {"false", "FALSE", "No", "n", "N", "0", ""}) {
            assertThat(Cells.bool(f)).as(f).isFalse();
        }
        for (String bad : new String[] {"t", "f", "2", "nope", "yess", "fals3", "tru\u00e9", "o\u00f1", "truee", "-1"}) {
            assertThat(Cells.bool(bad)).as(bad).isNull();
        }
    }

    @Test
    void dates() {
        assertThat(Cells.date("2024-02-29")).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(Cells.date("29/02/2024")).isSameAs(Cells.date("2024-02-29"));
        assertThat(Cells.date("1850-06-01")).isEqualTo(LocalDate.of(1850, 6, 1));
        assertThat(Cells.date("2100-02-28")).isEqualTo(LocalDate.of(2100, 2, 28));
        for (String bad : new String[] {"2100-02-29", "1900-02-29", "2023-04-31", "2023-00-10", "2023-12-00", "2023-1a-01",
                "2023-01-01T", " 2023-01-1", "31-12-2023", "12/31/2023", "2023.01.01", "", "+023-01-01"}) {
            assertThat(Cells.date(bad)).as(bad).isNull();
        }
        assertThat(Cells.dateKey("2023-03-06")).isEqualTo(20230306);
        assertThat(Cells.dateKey("05/03/2023")).isLessThan(Cells.dateKey("2023-03-06"));
    }

    @Test
    void integers() {
        assertThat(Cells.integer("0")).isZero();
        assertThat(Cells.integer("+12")).isEqualTo(12);
        assertThat(Cells.integer("-12")).isEqualTo(-12);
        assertThat(Cells.integer("2147483647")).isEqualTo(Integer.MAX_VALUE);
        assertThat(Cells.integer("-2147483648")).isEqualTo(Integer.MIN_VALUE);
        for (String bad : new String[] {"2147483648", "99999999999", "1.5", "1e3", "-", "+", "", "12a", " 1"}) {
            assertThat(Cells.integer(bad)).as(bad).isNull();
        }
    }

    @Test
    void enumNamesInAnyCase() {
        Cells.EnumNames<RiskLevel> names = new Cells.EnumNames<>(RiskLevel.class);
        assertThat(names.find("VERY_HIGH")).isEqualTo(RiskLevel.VERY_HIGH);
        assertThat(names.find("very_high")).isEqualTo(RiskLevel.VERY_HIGH);
        assertThat(names.find("Low")).isEqualTo(RiskLevel.LOW);
        assertThat(names.find("very high")).isNull();
        assertThat(names.find("")).isNull();
        assertThat(names.expected()).isEqualTo("expected one of LOW, MEDIUM, HIGH, VERY_HIGH");
    }
}
