package org.otmilestones.readability;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/** A language whose texts this package can score, with the score its plain-language gate uses. */
public enum ReadabilityLanguage {
    /** English, scored by the Flesch-Kincaid grade: a US school grade, lower is easier. */
    ENGLISH("en", "Flesch-Kincaid grade", ScoreDirection.LOWER_IS_EASIER),
    /** Spanish, scored by Fernández-Huerta readability: 0 to 100 and more, higher is easier. */
    SPANISH("es", "Fernández-Huerta", ScoreDirection.HIGHER_IS_EASIER);

    /** Which way a score runs. */
    public enum ScoreDirection {
        /** A grade level: the higher the number, the harder the text. */
        LOWER_IS_EASIER,
        /** A reading-ease score: the higher the number, the easier the text. */
        HIGHER_IS_EASIER
    }

    private final String code;
    private final String mainScoreName;
    private final ScoreDirection direction;

    ReadabilityLanguage(String code, String mainScoreName, ScoreDirection direction) {
        this.code = code;
        this.mainScoreName = mainScoreName;
        this.direction = direction;
    }

    /** The catalog's language code, "en" or "es". */
    public String code() {
        return code;
    }

    /** The name of the score {@link TextReadability#mainScore()} gives in this language. */
    public String mainScoreName() {
        return mainScoreName;
    }

    /** Which way the main score runs. */
    public ScoreDirection direction() {
        return direction;
    }

    /** Orders main scores from the hardest text to the easiest. */
    public Comparator<Double> hardestFirst() {
        Comparator<Double> ascending = Comparator.naturalOrder();
        return direction == ScoreDirection.LOWER_IS_EASIER ? ascending.reversed() : ascending;
    }

    /**
     * The language for a code such as "en", "es" or "es-MX" (the region is ignored), if this
     * package can score it.
     */
    public static Optional<ReadabilityLanguage> forCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String base = code.strip().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
        return Arrays.stream(values()).filter(l -> l.code.equals(base)).findFirst();
    }
}
