package org.otmilestones.core.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Spanish style guide (docs/spanish-style.md) as checks: the words its glossary forbids in a text a
 * parent reads, and the shape of a question ("¿...?", after an opening clause if any, with at most a short
 * note after it). Each finding names where the text is, what was found and what to write instead.
 */
public final class SpanishStyle {

    /** A forbidden word or form, and what the glossary says to write instead. */
    private record Rule(Pattern pattern, String advice) {
        Rule(String regex, String advice) {
            this(Pattern.compile(regex, Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS), advice);
        }
    }

    private static final String I = "(?i)";

    private static final List<Rule> RULES = List.of(
            new Rule(I + "\\bsu niño\\b(?! o niña)", "su niño o niña"),
            new Rule(I + "\\bniñ[oa]s?\\s*(/|\\()\\s*[ao]s?\\b\\)?", "su niño o niña (no slashes or brackets)"),
            new Rule("\\bTO\\b", "terapia ocupacional; at first mention: terapia ocupacional (en inglés, \"OT\")"),
            new Rule("(?<!\")\\bOT\\b(?!\")(?! Milestones)", "terapia ocupacional (en inglés, \"OT\")"),
            new Rule("(?<!\")\\bPT\\b(?!\")", "terapia física (en inglés, \"PT\")"),
            new Rule(I + "\\bfecha prevista\\b", "fecha probable de parto"),
            new Rule(I + "\\bno (estoy|está) segur[oa]\\b", "No sé"),
            new Rule(I + "\\baún no\\b", "todavía no"),
            new Rule(I + "\\bvaloraci[oó]n", "evaluación"),
            new Rule(I + "\\bcuestionario", "lista"),
            new Rule(I + "\\bchecklist", "lista"),
            new Rule(I + "\\bpanfleto", "folleto"),
            new Rule(I + "\\bprematur[oa]s?\\b", "nació antes de tiempo"),
            new Rule(I + "\\bbanderas? rojas?\\b", "señales de alerta"),
            new Rule(I + "\\bcog(e|er|erlo|erla|en|ió|iendo)\\b", "agarrar"),
            new Rule(I + "\\bbeb(e|er|a|en|iendo|ió)\\b", "tomar (de un vaso)"),
            new Rule(I + "\\btazas?\\b", "vaso"),
            new Rule(I + "(?<!\\()\\bpajitas?\\b", "popote (pajita)"),
            new Rule(I + "(?<!\\()(?<!chamarra o )\\bchaquetas?\\b", "chamarra"),
            new Rule(I + "\\bcremallera|\\bz[ií]per", "cierre"),
            new Rule(I + "\\bmant(a|as|ita|itas)\\b|\\bfrazadas?\\b", "cobija, cobijita"),
            new Rule(I + "(?<!\\()\\borinal(es)?\\b", "bacinica (orinal)"),
            new Rule(I + "(?<!\\()\\btobog[aá]n(es)?\\b", "resbaladilla (tobogán)"),
            new Rule(I + "(?<!\\()\\btizas?\\b", "gis (tiza)"),
            new Rule(I + "\\bbrochas?\\b", "pinceles"),
            new Rule(I + "\\brabietas?\\b", "berrinche"),
            new Rule(I + "\\blaz(o|os)\\b", "moño"),
            new Rule(I + "\\bsuelo\\b", "piso"),
            new Rule(I + "\\bhabitaci[oó]n", "cuarto"),
            new Rule(I + "\\bcabello\\b", "pelo"),
            new Rule(I + "\\bpizarra\\b", "pizarrón"),
            new Rule(I + "\\bcoches?\\b", "carro"),
            new Rule(I + "\\bchupetes?\\b", "chupón"),
            new Rule(I + "\\bbañeras?\\b", "tina"),
            new Rule(I + "\\bpalmitas\\b", "\"Tortillitas para mamá\""),
            new Rule("\\bWally\\b", "Waldo"),
            new Rule(I + "\\ba menudo\\b", "con frecuencia, muchas veces"),
            new Rule("[“”«»]", "straight quotes \"...\""),
            new Rule(I + "\\bentre (los )?\\d+ y \\d+\\b", "entre los 4 y los 6 meses"),
            new Rule("\\d½|\\d,5 (años|meses)", "2 años y medio"),
            new Rule(I + "\\b(del nacimiento a|entre el nacimiento y)\\b", "desde que nace hasta los 3 meses"));

    private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?]");

    /** The most sentences a note after a question may have. */
    static final int NOTE_SENTENCES = 2;

    private SpanishStyle() {
    }

    /** The glossary's findings in one text, each as "where: found 'x'; write y". */
    public static List<String> problems(String where, String text) {
        List<String> found = new ArrayList<>();
        for (Rule rule : RULES) {
            Matcher m = rule.pattern().matcher(text);
            while (m.find()) {
                found.add(where + ": found '" + m.group() + "'; write " + rule.advice() + ": " + text);
            }
        }
        return found;
    }

    /** The glossary's findings in many texts, keyed by where they are. */
    public static List<String> problems(Map<String, String> texts) {
        List<String> found = new ArrayList<>();
        texts.forEach((where, text) -> found.addAll(problems(where, text)));
        return found;
    }

    /**
     * What is wrong with the shape of a question, if anything: it asks with "¿...?" at the start or after an
     * opening clause ("Cuando usted aplaude, ¿su bebé...?"), every "¿" closes with "?" before the next opens,
     * and after the last "?" comes at most a short note of {@value #NOTE_SENTENCES} sentences. Quoted words
     * ("¿Dónde está el perro?") do not count.
     */
    public static List<String> questionProblems(String where, String text) {
        String bare = QUOTED.matcher(text).replaceAll("\"\"");
        List<String> found = new ArrayList<>();
        int first = bare.indexOf('¿');
        if (first < 0 || bare.indexOf('?') < 0) {
            found.add(where + ": a question needs \"¿\" and \"?\": " + text);
            return found;
        }
        String opening = bare.substring(0, first);
        if (!opening.isEmpty() && (!opening.endsWith(", ") || SENTENCE_END.matcher(opening).find())) {
            found.add(where + ": only an opening clause ending in a comma may come before \"¿\" (\"Cuando usted "
                    + "aplaude, ¿...?\"): " + text);
        }
        boolean open = false;
        for (int i = first; i < bare.length(); i++) {
            char c = bare.charAt(i);
            if (c == '¿') {
                if (open) {
                    found.add(where + ": a \"¿\" opens before the one before it closed with \"?\": " + text);
                    return found;
                }
                open = true;
            } else if (c == '?') {
                if (!open) {
                    found.add(where + ": a \"?\" closes a question that no \"¿\" opened: " + text);
                    return found;
                }
                open = false;
            }
        }
        if (open) {
            found.add(where + ": the question does not close with \"?\": " + text);
            return found;
        }
        String note = bare.substring(bare.lastIndexOf('?') + 1).strip();
        if (!note.isEmpty()) {
            long sentences = SENTENCE_END.matcher(note).results().count() + (note.matches("(?s).*[.!]$") ? 0 : 1);
            if (sentences > NOTE_SENTENCES) {
                found.add(where + ": the note after the question has " + sentences + " sentences, more than "
                        + NOTE_SENTENCES + ": " + text);
            }
        }
        return found;
    }
}
