package org.otmilestones.survey;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.otmilestones.core.Catalog;
import org.otmilestones.core.Checkpoint;
import org.otmilestones.core.Child;

/** Reads the child fields that are neither dates nor answers: weeks at birth, checkpoint and language. */
final class FieldValues {

    private static final Pattern WEEKS = Pattern.compile(
            "^(\\d{2})(?:\\s*\\+\\s*\\d)?(?:[.,]\\d+)?\\s*(?:weeks?|wks?|w|semanas?|sem)?\\.?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTHS = Pattern.compile(
            "^(\\d{1,2})\\s*(?:m|mo|mos|month|months|mes|meses)\\.?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern YEARS = Pattern.compile(
            "^(\\d{1,2})\\s*(?:y|yr|yrs|year|years|a|ano|anos|año|años)\\.?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern LANGUAGE_CODE = Pattern.compile("^([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]{2,8})*$");
    private static final Map<String, String> LANGUAGE_NAMES = Map.of("english", "en", "ingles", "en",
            "spanish", "es", "espanol", "es", "castellano", "es");

    /**
     * A value, or why the cell does not hold one.
     *
     * @param value the value, when read
     * @param problem what is wrong, when not
     * @param fix how to fix it, when not
     */
    record Read<T>(Optional<T> value, String problem, String fix) {
        static <T> Read<T> ok(T value) {
            return new Read<>(Optional.of(value), "", "");
        }

        static <T> Read<T> bad(String problem, String fix) {
            return new Read<>(Optional.empty(), problem, fix);
        }
    }

    private FieldValues() {
    }

    static Read<Integer> weeksAtBirth(String cell) {
        Matcher m = WEEKS.matcher(cell.strip().replaceFirst("^'", ""));
        String range = Child.MIN_WEEKS_AT_BIRTH + " to " + Child.MAX_WEEKS_AT_BIRTH;
        if (!m.matches()) {
            return Read.bad("weeks at birth is not a number of weeks", "write whole weeks of pregnancy at birth, "
                    + range + ", for example 34 (40 is full term), or leave it blank");
        }
        int weeks = Integer.parseInt(m.group(1));
        if (weeks < Child.MIN_WEEKS_AT_BIRTH || weeks > Child.MAX_WEEKS_AT_BIRTH) {
            return Read.bad("weeks at birth must be " + range, "check the number of weeks of pregnancy at birth "
                    + "(40 is full term), or leave it blank");
        }
        return Read.ok(weeks);
    }

    static Read<String> checkpoint(String cell, Catalog catalog) {
        String text = cell.strip();
        for (Checkpoint c : catalog.checkpoints()) {
            if (c.id().equalsIgnoreCase(text)) {
                return Read.ok(c.id());
            }
        }
        String plain = AnswerSpellings.key(text).replace(" ", "");
        Integer months = null;
        Matcher m = MONTHS.matcher(plain);
        if (m.matches()) {
            months = Integer.parseInt(m.group(1));
        } else if ((m = YEARS.matcher(plain)).matches()) {
            months = Integer.parseInt(m.group(1)) * 12;
        }
        for (Checkpoint c : catalog.checkpoints()) {
            if (months != null && c.ageMonths() == months) {
                return Read.ok(c.id());
            }
        }
        return Read.bad("is not a checkpoint of the catalog", "use one of " + catalog.checkpoints().stream()
                .map(Checkpoint::id).collect(Collectors.joining(", ")) + ", or leave it blank to choose by age");
    }

    static Read<String> language(String cell, Catalog catalog) {
        String text = cell.strip();
        String code = LANGUAGE_NAMES.get(AnswerSpellings.key(text));
        Matcher m = LANGUAGE_CODE.matcher(text);
        if (code == null && m.matches()) {
            code = m.group(1).toLowerCase(Locale.ROOT);
        }
        if (code != null && catalog.languages().contains(code)) {
            return Read.ok(code);
        }
        return Read.bad("is not a language of the catalog", "use one of " + String.join(", ", catalog.languages())
                + ", or leave it blank for the run's language");
    }
}
