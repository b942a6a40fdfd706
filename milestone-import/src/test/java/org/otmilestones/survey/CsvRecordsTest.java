package org.otmilestones.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvRecordsTest {

    @Test
    void numbersRecordsByTheLineTheyStartOnAcrossQuotedLineBreaksAndBlankLines() {
        // Lines: 1 a,b | 2 blank | 3-4 "x\ny",1 | 5-6 blank | 7-8 2,"p\rq" (a lone CR ends a line) | 9 3,4
        String text = "a,b\r\n\r\n\"x\ny\",1\n\n\n2,\"p\rq\"\r3,4";

        CsvRecords.Split split = CsvRecords.split(text, ',');

        assertThat(split.broken()).isEmpty();
        assertThat(split.records()).extracting(CsvRecords.Raw::line).containsExactly(1, 3, 7, 9);
        assertThat(split.records().get(1).cells()).containsExactly("x\ny", "1");
        assertThat(split.records().get(2).cells()).containsExactly("2", "p\rq");
    }

    @Test
    void keepsDuplicateAndBlankHeaderCellsByPosition() {
        CsvRecords.Split split = CsvRecords.split("x,,x,\n1,2,3,4\n", ',');

        assertThat(split.records().get(0).cells()).containsExactly("x", "", "x", "");
    }

    @Test
    void picksTheDelimiterWithTheMostConsistentColumnsRespectingQuotes() {
        assertThat(DelimiterSniffer.sniff("\"a;b\",\"c\"\n\"1;2\",\"3\"\n")).isEqualTo(',');
        assertThat(DelimiterSniffer.sniff("\"a,b\";\"c\";d\n\"1,2\";\"3\";4\n")).isEqualTo(';');
        assertThat(DelimiterSniffer.sniff("a\tb,c\td\n1\t2,3\t4\n")).isEqualTo('\t');
        assertThat(DelimiterSniffer.sniff("a|b|c\n1|2|3\n")).isEqualTo('|');
        assertThat(DelimiterSniffer.sniff("only\none\n")).isEqualTo(',');
    }

    @Test
    void mapsOffsetsToLinesForEveryKindOfLineEnd() {
        LineIndex index = new LineIndex("a\r\nb\nc\rd");

        assertThat(List.of(index.lineOf(0), index.lineOf(3), index.lineOf(5), index.lineOf(7)))
                .containsExactly(1, 2, 3, 4);
        assertThat(index.lines()).isEqualTo(4);
    }

    @Test
    void findsTheColumnWhoseQuotesBreakTheRules() {
        assertThat(CsvRecords.badColumn("a,\"b\"x,c", ',')).hasValue(2);
        assertThat(CsvRecords.badColumn("a;b;\"open", ';')).hasValue(3);
        assertThat(CsvRecords.badColumn("\"ok \"\"quoted\"\"\",\"bad\" ,x", ',')).hasValue(2);
        assertThat(CsvRecords.badColumn("a,b,c", ',')).isEmpty();
    }
}
