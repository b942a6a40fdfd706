package org.otmilestones.report;

import java.util.List;
import org.otmilestones.core.Catalog;
import org.otmilestones.core.Guidance;
import org.otmilestones.core.LocalizedText;
import org.otmilestones.core.scoring.ChecklistResult;

/** What every part of one handout reads from: the result, the catalog, the options, the words and the urgency. */
final class HandoutContext {

    final ChecklistResult result;
    final Catalog catalog;
    final ReportOptions options;
    final Wording w;
    final String lang;
    final Urgency urgency;

    HandoutContext(ChecklistResult result, Catalog catalog, ReportOptions options, Wording wording) {
        this.result = result;
        this.catalog = catalog;
        this.options = options;
        this.w = wording;
        this.lang = wording.language;
        this.urgency = Urgency.of(result);
    }

    String text(Guidance guidance) {
        return catalog.guidance(guidance).in(lang);
    }

    String text(LocalizedText text) {
        return text.in(lang);
    }

    /** A name in the handout's quotes, for names inside a sentence. */
    String quoted(LocalizedText name) {
        return "\"" + text(name) + "\"";
    }

    /** "A", "A and B", "A, B and C". */
    String join(List<String> parts) {
        if (parts.size() <= 1) {
            return parts.isEmpty() ? "" : parts.get(0);
        }
        String head = String.join(", ", parts.subList(0, parts.size() - 1));
        return w.get("list.and", head, parts.get(parts.size() - 1));
    }

    /** An age of whole months in words: "Birth", "18 months", "2 years", "2½ years". */
    String months(int months) {
        return months == 0 ? w.get("age.birth") : w.ageWords(months);
    }

    /** True when the handout comes from a clinic that gave its name or phone: "our clinic" makes sense. */
    boolean fromClinic() {
        return options.clinic().name().isPresent() || options.clinic().phone().isPresent();
    }

    /** The clinic's name and phone for "call us", if it gave a phone. */
    java.util.Optional<String> callUs() {
        return options.clinic().phone().map(phone -> options.clinic().name().map(n -> n + ", " + phone).orElse(phone));
    }

    /** The first sentence of a text: "one line of what the area is". */
    static String firstSentence(String text) {
        for (int i = 0; i < text.length() - 1; i++) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && text.charAt(i + 1) == ' ') {
                return text.substring(0, i + 1);
            }
        }
        return text;
    }
}
