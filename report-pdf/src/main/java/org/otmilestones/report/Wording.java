package org.otmilestones.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.otmilestones.core.Age;
import org.otmilestones.core.Answer;
import org.otmilestones.core.Catalog;
import org.otmilestones.core.Polarity;
import org.otmilestones.core.scoring.AreaResult;
import org.otmilestones.core.scoring.AreaStatus;
import org.otmilestones.core.scoring.StatusReason;

/** Words shared by the handout and the blank checklist: dates, ages, answers, statuses, banner, footer. */
final class Wording {

    final Messages messages;
    final String language;
    private final DateTimeFormatter dates;
    private final DateTimeFormatter monthYears;

    Wording(Messages messages) {
        this.messages = messages;
        this.language = messages.language();
        this.dates = DateTimeFormatter.ofPattern(messages.get("date.pattern"), Locale.forLanguageTag(language));
        this.monthYears = DateTimeFormatter.ofPattern(messages.get("monthYear.pattern"), Locale.forLanguageTag(language));
    }

    static Wording of(Catalog catalog, ReportOptions options) {
        if (!catalog.languages().contains(options.language())) {
            throw new IllegalArgumentException("options.language '" + options.language()
                    + "' is not in the catalog, which has " + String.join(", ", catalog.languages()));
        }
        // One per language for the run: the date pattern is parsed once, not for every handout.
        return CACHE.computeIfAbsent(options.language(), language -> new Wording(Messages.of(language)));
    }

    private static final Map<String, Wording> CACHE = new ConcurrentHashMap<>();

    String get(String key, Object... args) {
        return messages.get(key, args);
    }

    String date(LocalDate date) {
        return dates.format(date);
    }

    /** "March 2027", in the handout's language. */
    String monthYear(LocalDate date) {
        return monthYears.format(date);
    }

    /** "17 days", "5 months", "2 years, 3 months": months until two, as clinics speak of toddlers. */
    String age(Age age) {
        if (age.months() == 0) {
            return messages.count("age.days", age.days());
        }
        if (age.months() < 24) {
            return messages.count("age.months", age.months());
        }
        String years = messages.count("age.years", age.years());
        int months = age.months() % 12;
        return months == 0 ? years : messages.get("age.yearsMonths", years, messages.count("age.months", months));
    }

    /** An age in months in words: "9 months", "2 years", "2½ years" (see {@link AgeWords}). */
    String ageWords(int months) {
        return AgeWords.age(messages, months);
    }

    /** The word for an answer to a question of this polarity ("No" rather than "Not yet" for a concern). */
    String answerWord(Answer answer, Polarity polarity) {
        if (polarity == Polarity.CONCERN && answer == Answer.NOT_YET) {
            return messages.get("answer.concern.NOT_YET");
        }
        return messages.get("answer." + answer.name());
    }

    /** The symbol and tone of an answer as given, judged by what it means for this polarity. */
    Text answer(Answer answer, Polarity polarity) {
        return Text.builder().add(answerSymbol(answer, polarity), Text.Emphasis.STRONG, answerTone(answer, polarity))
                .plain(" " + answerWord(answer, polarity)).build();
    }

    /**
     * The symbol of an answer: a worry seen is a flag; a concern not seen ("No") gets the neutral symbol of
     * an answer that is not a worry, never the tick of "yes".
     */
    String answerSymbol(Answer answer, Polarity polarity) {
        if (polarity == Polarity.CONCERN) {
            if (answer.isConcernFor(polarity)) {
                return messages.get("symbol.answer.worry");
            }
            if (answer == Answer.NOT_YET) {
                return messages.get("symbol.answer.concernNo");
            }
        }
        return messages.get("symbol.answer." + answer.countedFor(polarity).name());
    }

    /** The tone of an answer: a worry asks for help; "No" to a worry is neutral, not the green of "yes". */
    Tone answerTone(Answer answer, Polarity polarity) {
        if (answer.isConcernFor(polarity)) {
            return Tone.ASK;
        }
        if (polarity == Polarity.CONCERN && answer == Answer.NOT_YET) {
            return Tone.NEUTRAL;
        }
        return tone(answer.countedFor(polarity));
    }

    static Tone tone(Answer counted) {
        return switch (counted) {
            case YES -> Tone.GOOD;
            case SOMETIMES -> Tone.GROWING;
            case NOT_YET -> Tone.ASK;
            case NOT_SURE, NO_ANSWER -> Tone.UNKNOWN;
        };
    }

    static Tone tone(AreaStatus status) {
        return switch (status) {
            case ON_TRACK -> Tone.GOOD;
            case KEEP_PRACTICING -> Tone.GROWING;
            case TALK_TO_OT -> Tone.ASK;
            case NOT_ENOUGH_ANSWERS, NOT_ASKED -> Tone.UNKNOWN;
        };
    }

    String statusWord(AreaStatus status) {
        return messages.get("status." + status.name());
    }

    /** The area's status word: "not counted" rather than "not asked" when its questions were asked uncounted. */
    String statusWord(AreaResult area) {
        return area.reason() == StatusReason.NONE_COUNTED ? messages.get("status.NOT_COUNTED") : statusWord(area.status());
    }

    /** The area's status as a symbol and a strong word. */
    Text status(AreaResult area) {
        return Text.builder().add(messages.get("symbol.status." + area.status().name()), Text.Emphasis.STRONG,
                tone(area.status())).add(" " + statusWord(area), Text.Emphasis.STRONG, Tone.NEUTRAL).build();
    }

    /** The status as a symbol and a strong word. */
    Text status(AreaStatus status) {
        return Text.builder().add(messages.get("symbol.status." + status.name()), Text.Emphasis.STRONG, tone(status))
                .add(" " + statusWord(status), Text.Emphasis.STRONG, Tone.NEUTRAL).build();
    }

    /** The legend of the answer symbols, as one line. */
    Text legend() {
        Text.Builder b = Text.builder().strong(messages.get("glance.legend"));
        for (Answer answer : Answer.values()) {
            b.plain("   ").add(messages.get("symbol.answer." + answer.name()), Text.Emphasis.STRONG, tone(answer))
                    .plain(" " + messages.get("answer." + answer.name()));
        }
        return b.build();
    }

    /** The clinic banner, or nothing for the neutral design. */
    Optional<Block> banner(ClinicProfile clinic) {
        if (clinic.isEmpty()) {
            return Optional.empty();
        }
        List<Text> lines = new ArrayList<>();
        clinic.name().ifPresent(n -> lines.add(Text.strong(n)));
        clinic.address().ifPresent(a -> lines.add(Text.of(a)));
        clinic.therapist().ifPresent(t -> lines.add(Text.of(messages.get("help.therapist", t))));
        List<Text> contact = new ArrayList<>();
        clinic.phone().ifPresent(p -> contact.add(Text.strong(p)));
        clinic.email().ifPresent(e -> contact.add(Text.of(e)));
        clinic.website().ifPresent(w -> contact.add(Text.of(w)));
        String alt = clinic.name().map(n -> messages.get("logo.alt", n)).orElse(messages.get("logo.altUnnamed"));
        return Optional.of(new Block.ClinicBanner(clinic.logo(), alt, lines, contact));
    }

    Handout.Footer footer(String left, ClinicProfile clinic, Catalog catalog) {
        return new Handout.Footer(left, clinic.name().orElse(catalog.name().in(language)), messages.get("footer.page"),
                language);
    }
}
