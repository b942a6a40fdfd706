package org.otmilestones.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class DateReaderTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    private static DateReader.Result read(String text, DateOrder order) {
        return DateReader.read(text, Optional.ofNullable(order), TODAY);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "2021-04-03|2021-04-03",
        "2021-4-3|2021-04-03",
        "2017-10-23T05:40:39.000-04:00|2017-10-23",
        "2018-01-01T00:00:00.000Z|2018-01-01",
        "2018-03-06 15:52:43|2018-03-06",
        "2022/11/30 10:39:41 PM GMT+1|2022-11-30",
        "2022/06/22 11:07:29 AM AST|2022-06-22",
        "Apr 26, 2018 8:56:00 AM|2018-04-26",
        "April 26, 2018|2018-04-26",
        "26 Apr 2018|2018-04-26",
        "26-abr-2018|2018-04-26",
        "3 de marzo de 2024|2024-03-03",
        "9/13/2022 17:54|2022-09-13",
        "13/9/2022 17:54|2022-09-13",
        "7/7/20 11:00:22|2020-07-07",
        "25.12.2023|2023-12-25",
        "2025-02-22 17:15:19 (UTC)|2025-02-22",
        "'2024-10-01|2024-10-01",
    })
    void readsTheToolsDateFormatsAsWritten(String text, String expected) {
        assertThat(read(text, null)).isEqualTo(new DateReader.Ok(LocalDate.parse(expected)));
    }

    @Test
    void refusesADayMonthAmbiguityWithBothReadingsSpelledOut() {
        assertThat(read("03/04/2021", null)).isInstanceOfSatisfying(DateReader.Bad.class, bad -> {
            assertThat(bad.problem()).isEqualTo("could be read month first or day first (both numbers are 12 or less)");
            assertThat(bad.fix()).contains("MDY").contains("DMY").contains("YYYY-MM-DD");
        });
    }

    @Test
    void readsAnAmbiguousDateInTheGivenOrder() {
        assertThat(read("03/04/2021", DateOrder.MDY)).isEqualTo(new DateReader.Ok(LocalDate.of(2021, 3, 4)));
        assertThat(read("03/04/2021", DateOrder.DMY)).isEqualTo(new DateReader.Ok(LocalDate.of(2021, 4, 3)));
    }

    @Test
    void refusesADateThatDoesNotFitTheGivenOrder() {
        assertThat(read("13/04/2021", DateOrder.MDY)).isInstanceOfSatisfying(DateReader.Bad.class,
                bad -> assertThat(bad.problem()).contains("month first (MDY)"));
    }

    @Test
    void readsTwoDigitYearsAsThePastCentury() {
        assertThat(read("12/31/26", DateOrder.MDY)).isEqualTo(new DateReader.Ok(LocalDate.of(2026, 12, 31)));
        assertThat(read("12/31/27", DateOrder.MDY)).isEqualTo(new DateReader.Ok(LocalDate.of(1927, 12, 31)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"2021-02-30", "31/31/2024", "yesterday", "2021-04", "44927", "Foo 3, 2020",
        "2021-04-03 garbage"})
    void refusesTextThatIsNoRealDate(String text) {
        assertThat(read(text, null)).isInstanceOf(DateReader.Bad.class);
    }
}
