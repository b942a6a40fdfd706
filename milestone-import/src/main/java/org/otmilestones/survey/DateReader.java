package org.otmilestones.survey;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates survey tools write: ISO 8601 (with or without time and offset), Google Forms'
 * {@code 2022/11/30 10:39:41 PM GMT+1}, US and European {@code 7/2/2020} or {@code 9/11/2022 17:54}, and
 * month names ({@code Apr 26, 2018 8:56:00 AM}, {@code 26 abr 2018}). The date is taken as written; a time
 * zone is not applied. A date whose day and month could swap is an error unless a {@link DateOrder} is given.
 */
final class DateReader {

    /** A date, or why the text is not one. */
    sealed interface Result permits Ok, Bad {
    }

    /** @param date the date read */
    record Ok(LocalDate date) implements Result {
    }

    /**
     * @param problem what is wrong
     * @param fix how to fix it
     */
    record Bad(String problem, String fix) implements Result {
    }

    private static final String TIME = "(?:[T\\s]+\\d{1,2}:\\d{2}(?::\\d{2}(?:[.,]\\d+)?)?\\s*(?:[AaPp]\\.?\\s?[Mm]\\.?)?"
            + "\\s*(?:Z|[+-]\\d{2}(?::?\\d{2})?|(?:GMT|UTC)(?:\\s?[+-]\\d{1,2}(?::?\\d{2})?)?|\\(UTC\\)|[A-Z]{2,5})?)?";
    private static final Pattern YEAR_FIRST = Pattern.compile("^(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})" + TIME + "$");
    private static final Pattern YEAR_LAST = Pattern.compile("^(\\d{1,2})([-/.])(\\d{1,2})\\2(\\d{4}|\\d{2})" + TIME + "$");
    private static final Pattern MONTH_NAME_FIRST = Pattern.compile(
            "^(\\p{L}{3,10})\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})(?:,?" + TIME + ")$");
    private static final Pattern DAY_FIRST_MONTH_NAME = Pattern.compile(
            "^(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+de)?[\\s\\-]+(\\p{L}{3,10})\\.?(?:\\s+de)?[\\s\\-,]+(\\d{4})(?:,?" + TIME + ")$");
    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Map<String, Integer> MONTHS = new HashMap<>();
    private static final String FIX_FORMAT = "write the date as YYYY-MM-DD, for example 2021-04-03";

    static {
        String[][] names = {
            {"jan", "january", "ene", "enero"}, {"feb", "february", "febrero"}, {"mar", "march", "marzo"},
            {"apr", "april", "abr", "abril"}, {"may", "mayo"}, {"jun", "june", "junio"}, {"jul", "july", "julio"},
            {"aug", "august", "ago", "agosto"}, {"sep", "sept", "september", "septiembre", "setiembre"},
            {"oct", "october", "octubre"}, {"nov", "november", "noviembre"}, {"dec", "december", "dic", "diciembre"},
        };
        for (int month = 0; month < names.length; month++) {
            for (String name : names[month]) {
                MONTHS.put(name, month + 1);
            }
        }
    }

    private DateReader() {
    }

    static Result read(String raw, Optional<DateOrder> order, LocalDate today) {
        String text = raw.strip().replace('\u00A0', ' ').replace('\u202F', ' ');
        // A leading apostrophe is a spreadsheet's "keep as text" mark (Typeform writes one, people add one).
        if (text.startsWith("'")) {
            text = text.substring(1).strip();
        }
        Matcher m = YEAR_FIRST.matcher(text);
        if (m.matches()) {
            return date(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)));
        }
        m = YEAR_LAST.matcher(text);
        if (m.matches()) {
            return dayMonth(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(3)), year(m.group(4), today),
                    order);
        }
        m = MONTH_NAME_FIRST.matcher(text);
        if (m.matches() && month(m.group(1)) > 0) {
            return date(Integer.parseInt(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2)));
        }
        m = DAY_FIRST_MONTH_NAME.matcher(text);
        if (m.matches() && month(m.group(2)) > 0) {
            return date(Integer.parseInt(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1)));
        }
        return new Bad("is not a date this importer can read", FIX_FORMAT);
    }

    private static int year(String digits, LocalDate today) {
        int year = Integer.parseInt(digits);
        if (digits.length() == 2) {
            int thisCentury = today.getYear() / 100 * 100 + year;
            return thisCentury <= today.getYear() ? thisCentury : thisCentury - 100;
        }
        return year;
    }

    private static Result dayMonth(int first, int second, int year, Optional<DateOrder> order) {
        if (order.isPresent()) {
            Result result = order.get() == DateOrder.MDY ? date(year, first, second) : date(year, second, first);
            if (result instanceof Bad) {
                return new Bad("is not a real date when read " + (order.get() == DateOrder.MDY
                        ? "month first (MDY)" : "day first (DMY)"), "check the date, or the date order you gave");
            }
            return result;
        }
        if (first > 12 && second <= 12) {
            return date(year, second, first);
        }
        if (second > 12 && first <= 12) {
            return date(year, first, second);
        }
        if (first == second) {
            return date(year, first, second);
        }
        if (first <= 12) {
            // The problem never repeats the date itself: in a birth-date column that would be health data.
            return new Bad("could be read month first or day first (both numbers are 12 or less)",
                    "give the date order (MDY for month first, DMY for day first), or " + FIX_FORMAT);
        }
        return new Bad("is not a real date", FIX_FORMAT);
    }


    private static Result date(int year, int month, int day) {
        try {
            return new Ok(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return new Bad("is not a real date", "check the day and month; " + FIX_FORMAT);
        }
    }

    private static int month(String name) {
        String plain = COMBINING_MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("")
                .toLowerCase(Locale.ROOT);
        return MONTHS.getOrDefault(plain, 0);
    }
}
